package dev.quire.web.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;

/**
 * The places where a page differs from one reader to the next: the holes that the personaliser of
 * the web layer fills in a page rendered once for anonymous readers (and cached). Templates never
 * write these by hand; they call the hole templates under {@code src/main/jte/hole/} (and the
 * layout's account menu), which emit the exact markup owned here, so the personaliser finds every
 * hole whatever the templates around them look like. {@code TemplateHolesTest} fails on a form or
 * an upvote button written without its hole.
 */
public enum Hole {
  /** The account menu of the layout: "Sign in" for anonymous readers, the reader's menu else. */
  ACCOUNT_MENU("tag/account.jte"),
  /** The CSRF token of a form: empty for anonymous readers, the session's token else. */
  CSRF("hole/csrf.jte"),
  /** The pressed state of an upvote button: pressed when the reader voted for its paper. */
  VOTE("hole/vote.jte");

  /** The CSRF field up to its value; the value and {@link #CSRF_END} follow. */
  public static final String CSRF_START = "<input type=\"hidden\" name=\"csrf\" value=\"";

  /** What closes the CSRF field after its value. */
  public static final String CSRF_END = "\">";

  /** The CSRF field of a page rendered for anonymous readers: the hole to fill. */
  public static final String CSRF_EMPTY = CSRF_START + CSRF_END;

  /** An upvote button up to its paper id; {@link #VOTE_STATE}, "true" or "false" follow. */
  public static final String VOTE_START =
      "<button type=\"submit\" class=\"vote-button\" data-vote=\"";

  /** What follows the paper id of an upvote button, before "true" or "false". */
  public static final String VOTE_STATE = "\" aria-pressed=\"";

  private final String template;

  Hole(String template) {
    this.template = template;
  }

  /** The template, under src/main/jte, that emits this hole. */
  public String template() {
    return template;
  }

  /** The hidden CSRF field of a form ({@code hole/csrf.jte}); an empty token leaves the hole. */
  public static Content csrfField(String token) {
    return out -> {
      out.writeContent(CSRF_START);
      Escape.htmlAttribute(token == null ? "" : token, out);
      out.writeContent(CSRF_END);
    };
  }

  /**
   * An upvote button of a paper ({@code hole/vote.jte}), pressed or not, with its title and what it
   * shows inside.
   */
  public static Content voteButton(String paperId, boolean pressed, String title, Content label) {
    return out -> {
      out.writeContent(VOTE_START);
      Escape.htmlAttribute(paperId, out);
      out.writeContent(VOTE_STATE);
      out.writeContent(pressed ? "true" : "false");
      out.writeContent("\" title=\"");
      Escape.htmlAttribute(title, out);
      out.writeContent("\">");
      write(label, out);
      out.writeContent("</button>");
    };
  }

  private static void write(Content label, TemplateOutput out) {
    if (label != null) {
      label.writeTo(out);
    }
  }
}
