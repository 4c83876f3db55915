package dev.quire.web;

import dev.quire.web.view.Hole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page body rendered for anonymous readers, cut once into fixed byte segments and the few holes
 * that differ per reader, as {@link Hole} declares them: the account menu, the value of each CSRF
 * field, and the pressed state of each upvote button. Filling it for a reader is one copy of the
 * bytes, so a signed-in page costs about what the cached anonymous one does.
 */
final class PersonalizableBody {
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.UTF_8);
  private static final String UNPRESSED = Hole.VOTE_STATE + "false\"";

  /** What a cut holds: which hole, and for a vote the paper it counts for. */
  private record Cut(Hole hole, String paperId) {}

  private final List<byte[]> segments; // one more than holes
  private final List<Cut> holes;
  private final int fixedLength;

  private PersonalizableBody(List<byte[]> segments, List<Cut> holes) {
    this.segments = segments;
    this.holes = holes;
    int n = 0;
    for (byte[] s : segments) {
      n += s.length;
    }
    this.fixedLength = n;
  }

  /**
   * Cuts an anonymous page whose account menu is exactly {@code anonymousNav} at the holes that
   * {@link Hole} declares: the menu, each empty CSRF field and each unpressed upvote button.
   */
  static PersonalizableBody of(String html, String anonymousNav) {
    List<byte[]> segments = new ArrayList<>();
    List<Cut> holes = new ArrayList<>();
    int from = 0;
    int nav = html.indexOf(anonymousNav);
    int csrf = html.indexOf(Hole.CSRF_EMPTY);
    int vote = html.indexOf(Hole.VOTE_START);
    while (nav >= 0 || csrf >= 0 || vote >= 0) {
      int at = first(nav, first(csrf, vote));
      if (at == nav) {
        segments.add(bytes(html, from, at));
        holes.add(new Cut(Hole.ACCOUNT_MENU, null));
        from = at + anonymousNav.length();
        nav = -1;
      } else if (at == csrf) {
        int value = at + Hole.CSRF_START.length();
        segments.add(bytes(html, from, value));
        holes.add(new Cut(Hole.CSRF, null));
        from = value;
      } else {
        int idStart = at + Hole.VOTE_START.length();
        int idEnd = html.indexOf('"', idStart);
        if (idEnd > 0 && html.startsWith(UNPRESSED, idEnd)) {
          int state = idEnd + Hole.VOTE_STATE.length();
          segments.add(bytes(html, from, state));
          holes.add(new Cut(Hole.VOTE, html.substring(idStart, idEnd)));
          from = state + FALSE.length;
        }
      }
      if (csrf >= 0 && (csrf <= at || csrf < from)) {
        csrf = html.indexOf(Hole.CSRF_EMPTY, Math.max(from, at + 1));
      }
      if (vote >= 0 && (vote <= at || vote < from)) {
        vote = html.indexOf(Hole.VOTE_START, Math.max(from, at + 1));
      }
      if (nav >= 0 && nav < from) {
        nav = -1;
      }
    }
    segments.add(bytes(html, from, html.length()));
    return new PersonalizableBody(segments, holes);
  }

  /** The smaller of two indexes where -1 means none. */
  private static int first(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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
    for (Cut h : holes) {
      length += value(h, nav, csrf, voted).length;
    }
    return length;
  }

  /** The bytes of the page for a reader. */
  byte[] fill(byte[] nav, byte[] csrf, Set<String> voted) {
    int length = fixedLength;
    for (Cut h : holes) {
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

  private static byte[] value(Cut h, byte[] nav, byte[] csrf, Set<String> voted) {
    return switch (h.hole()) {
      case ACCOUNT_MENU -> nav;
      case CSRF -> csrf;
      case VOTE -> voted.contains(h.paperId()) ? TRUE : FALSE;
    };
  }

  private static byte[] bytes(String html, int from, int to) {
    return html.substring(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
