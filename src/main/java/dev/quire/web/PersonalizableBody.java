package dev.quire.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page body rendered for anonymous readers, cut once into fixed byte segments and the few holes
 * that differ per reader: the account menu, the value of each CSRF field, and the pressed state of
 * each upvote button. Filling it for a reader is one copy of the bytes, so a signed-in page costs
 * about what the cached anonymous one does.
 */
final class PersonalizableBody {
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.UTF_8);
  private static final String CSRF = "name=\"csrf\" value=\"";
  private static final String VOTE = "data-vote=\"";
  private static final String PRESSED = "\" aria-pressed=\"";

  /** What a hole holds: the account menu, a CSRF token, or a vote state of a paper. */
  private record Hole(Kind kind, String paperId) {}

  private enum Kind {
    NAV,
    CSRF,
    VOTE
  }

  private final List<byte[]> segments; // one more than holes
  private final List<Hole> holes;
  private final int fixedLength;

  private PersonalizableBody(List<byte[]> segments, List<Hole> holes) {
    this.segments = segments;
    this.holes = holes;
    int n = 0;
    for (byte[] s : segments) {
      n += s.length;
    }
    this.fixedLength = n;
  }

  /** Cuts an anonymous page whose account menu is exactly {@code anonymousNav}. */
  static PersonalizableBody of(String html, String anonymousNav) {
    List<byte[]> segments = new ArrayList<>();
    List<Hole> holes = new ArrayList<>();
    int from = 0;
    int nav = html.indexOf(anonymousNav);
    int i = 0;
    while (i < html.length()) {
      if (i == nav) {
        segments.add(bytes(html, from, i));
        holes.add(new Hole(Kind.NAV, null));
        i += anonymousNav.length();
        from = i;
      } else if (html.startsWith(CSRF, i) && html.startsWith("\"", i + CSRF.length())) {
        int at = i + CSRF.length();
        segments.add(bytes(html, from, at));
        holes.add(new Hole(Kind.CSRF, null));
        i = at;
        from = at;
      } else if (html.startsWith(VOTE, i)) {
        int idStart = i + VOTE.length();
        int idEnd = html.indexOf('"', idStart);
        if (idEnd > 0 && html.startsWith(PRESSED + "false\"", idEnd)) {
          int at = idEnd + PRESSED.length();
          segments.add(bytes(html, from, at));
          holes.add(new Hole(Kind.VOTE, html.substring(idStart, idEnd)));
          i = at + FALSE.length;
          from = i;
        } else {
          i++;
        }
      } else {
        i = next(html, i + 1, nav);
      }
    }
    segments.add(bytes(html, from, html.length()));
    return new PersonalizableBody(segments, holes);
  }

  /** The next index that may start a hole: a '"'-led marker, 'n' of name=, 'd' of data-, or nav. */
  private static int next(String html, int i, int nav) {
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if ((c == 'n' || c == 'd' || i == nav)) {
        return i;
      }
      i++;
    }
    return n;
  }

  /** Writes the page for a reader; returns nothing, allocates nothing. */
  void writeTo(OutputStream out, byte[] nav, byte[] csrf, Set<String> voted) throws IOException {
    for (int k = 0; k < holes.size(); k++) {
      out.write(segments.get(k));
      out.write(value(holes.get(k), nav, csrf, voted));
    }
    out.write(segments.get(segments.size() - 1));
  }

  /** The length in bytes of the page for a reader. */
  int length(byte[] nav, byte[] csrf, Set<String> voted) {
    int length = fixedLength;
    for (Hole h : holes) {
      length += value(h, nav, csrf, voted).length;
    }
    return length;
  }

  /** The bytes of the page for a reader. */
  byte[] fill(byte[] nav, byte[] csrf, Set<String> voted) {
    int length = fixedLength;
    for (Hole h : holes) {
      length += value(h, nav, csrf, voted).length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (int k = 0; k < holes.size(); k++) {
      byte[] s = segments.get(k);
      System.arraycopy(s, 0, out, at, s.length);
      at += s.length;
      byte[] v = value(holes.get(k), nav, csrf, voted);
      System.arraycopy(v, 0, out, at, v.length);
      at += v.length;
    }
    byte[] last = segments.get(segments.size() - 1);
    System.arraycopy(last, 0, out, at, last.length);
    return out;
  }

  private static byte[] value(Hole h, byte[] nav, byte[] csrf, Set<String> voted) {
    return switch (h.kind()) {
      case NAV -> nav;
      case CSRF -> csrf;
      case VOTE -> voted.contains(h.paperId()) ? TRUE : FALSE;
    };
  }

  private static byte[] bytes(String html, int from, int to) {
    return html.substring(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
