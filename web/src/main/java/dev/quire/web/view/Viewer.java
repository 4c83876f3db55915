package dev.quire.web.view;

/**
 * Who is reading a page, as templates need it.
 *
 * @param name the signed-in user's name, or null when nobody is signed in
 * @param csrf the token every form of the page carries; empty for anonymous cached pages
 * @param admin whether the reader is an admin
 */
public record Viewer(String name, String csrf, boolean admin) {
  /** A reader who is not signed in. */
  public static final Viewer ANONYMOUS = new Viewer(null, "", false);

  /** True when somebody is signed in. */
  public boolean signedIn() {
    return name != null;
  }
}
