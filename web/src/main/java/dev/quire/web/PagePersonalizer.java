package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.vote.Votes;
import dev.quire.web.view.Hole;
import dev.quire.web.view.Viewer;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a list page rendered for anonymous readers (and so shareable through the {@link
 * AnswerCache}) into the page of a signed-in reader by filling its {@link Hole}s: the account menu,
 * the CSRF token of every form and the pressed state of the reader's upvote buttons. This costs a
 * few string scans and no query (sessions and votes are remembered briefly in memory), which keeps
 * a signed-in reader's daily page nearly as fast as the anonymous one.
 */
final class PagePersonalizer {
  private static final String NOT_PRESSED = Hole.VOTE_STATE + "false\"";
  private static final String PRESSED = Hole.VOTE_STATE + "true\"";
  private static final String HTML = "text/html; charset=utf-8";

  private final Templates templates;
  private final Votes votes;
  private final String anonymousNav;

  /** Cut bodies by cached answer (records of arrays compare by identity, which is what we want). */
  private final Map<AnswerCache.Answer, PersonalizableBody> bodies = new ConcurrentHashMap<>();

  /** Signed-in account menus by session CSRF token (the session's user never changes). */
  private final Map<String, byte[]> navs = new ConcurrentHashMap<>();

  PagePersonalizer(Templates templates, Votes votes) {
    this.templates = templates;
    this.votes = votes;
    this.anonymousNav = accountNav(Viewer.ANONYMOUS);
  }

  /** Sends a list page: as cached for anonymous readers, personalised for a signed-in one. */
  void send(Context ctx, AnswerCache.Answer answer) {
    Optional<AuthenticatedUser> user = Auth.current(ctx);
    if (user.isEmpty()) {
      answer.sendTo(ctx);
      return;
    }
    ctx.header("Cache-Control", "private, no-store");
    PersonalizableBody body =
        bodies.computeIfAbsent(
            answer,
            a -> {
              if (bodies.size() > 256) {
                bodies.clear();
              }
              return PersonalizableBody.of(
                  new String(a.body(), StandardCharsets.UTF_8), anonymousNav);
            });
    AuthenticatedUser u = user.get();
    byte[] nav =
        navs.computeIfAbsent(
            u.csrfToken(),
            k -> {
              if (navs.size() > 10_000) {
                navs.clear();
              }
              return accountNav(new Viewer(u.name(), u.csrfToken(), u.admin()))
                  .getBytes(StandardCharsets.UTF_8);
            });
    byte[] csrf = u.csrfToken().getBytes(StandardCharsets.UTF_8);
    Set<String> voted = votes.votedBy(u.id());
    ctx.contentType(HTML).header("Content-Length", Integer.toString(body.length(nav, csrf, voted)));
    try {
      body.writeTo(ctx.res().getOutputStream(), nav, csrf, voted);
    } catch (IOException e) {
      throw new UncheckedIOException("client went away", e);
    }
  }

  /** Renders a list page template anonymously, then personalises it for the request's reader. */
  void render(Context ctx, String template, Map<String, Object> params) {
    String html = templates.render(template, params);
    Optional<AuthenticatedUser> user = Auth.current(ctx);
    ctx.contentType(HTML).result(user.isEmpty() ? html : personalize(html, user.get()));
  }

  /**
   * Renders a page for the request's reader (their account menu and CSRF token are in it), then
   * presses the upvote buttons of the papers they voted for: for pages that show a reader's own
   * state (such as search, with its follow button) and so are not shared between readers.
   */
  void renderForReader(Context ctx, String template, Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.putIfAbsent("viewer", Auth.viewer(ctx));
    String html = templates.render(template, all);
    Optional<AuthenticatedUser> user = Auth.current(ctx);
    ctx.contentType(HTML)
        .result(user.isEmpty() ? html : pressVotes(html, votes.votedBy(user.get().id())));
  }

  String personalize(String html, AuthenticatedUser user) {
    Viewer viewer = new Viewer(user.name(), user.csrfToken(), user.admin());
    String out = html.replace(anonymousNav, accountNav(viewer));
    out = out.replace(Hole.CSRF_EMPTY, Hole.CSRF_START + user.csrfToken() + Hole.CSRF_END);
    return pressVotes(out, votes.votedBy(user.id()));
  }

  /** Marks the upvote buttons of voted papers as pressed, in one pass over the page. */
  static String pressVotes(String html, Set<String> voted) {
    if (voted.isEmpty()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 64);
    int from = 0;
    int at;
    while ((at = html.indexOf(Hole.VOTE_START, from)) >= 0) {
      int idStart = at + Hole.VOTE_START.length();
      int idEnd = html.indexOf('"', idStart);
      if (idEnd < 0) {
        break;
      }
      out.append(html, from, idEnd);
      if (voted.contains(html.substring(idStart, idEnd)) && html.startsWith(NOT_PRESSED, idEnd)) {
        out.append(PRESSED);
        from = idEnd + NOT_PRESSED.length();
      } else {
        from = idEnd;
      }
    }
    out.append(html, from, html.length());
    return out.toString();
  }

  private String accountNav(Viewer viewer) {
    return templates.render("tag/account.jte", Map.of("viewer", viewer));
  }
}
