package dev.quire.web.view;

import java.util.Locale;

/**
 * An organisation's picture: its logo when Quire serves it itself, else a coloured badge with the
 * name's initial. Remote logo URLs are never put on a page, so a reader's browser calls no third
 * party and an offline hub shows no broken image.
 */
public final class Avatar {
  /** Number of badge colours in visual.css ({@code .avatar-hue-0} …). */
  static final int HUES = 8;

  private Avatar() {}

  /** The logo's URL when it is served by this site (a path), else null. */
  public static String localImage(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    return u.startsWith("/") && !u.startsWith("//") && !u.contains("\\") ? u : null;
  }

  /** The first letter of the name, upper-cased; "?" for an empty name. */
  public static String initial(String name) {
    String n = name == null ? "" : name.strip();
    return n.isEmpty()
        ? "?"
        : new String(Character.toChars(n.codePointAt(0))).toUpperCase(Locale.ROOT);
  }

  /** The badge's colour class, the same for the same name on every page. */
  public static String hueClass(String name) {
    int h = (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)).hashCode();
    return "avatar-hue-" + Math.floorMod(h, HUES);
  }
}
