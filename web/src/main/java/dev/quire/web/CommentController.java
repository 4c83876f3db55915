package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.comment.Comment;
import dev.quire.comment.CommentMarkdown;
import dev.quire.comment.Comments;
import dev.quire.web.view.CommentView;
import dev.quire.web.view.Urls;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments: posted, edited and deleted from the paper page by their authors, hidden by admins;
 * listed and posted through {@code /api/papers/{id}/comments}.
 */
final class CommentController {
  private final Comments comments;
  private final CommentMarkdown markdown = new CommentMarkdown();
  private final Templates templates;

  CommentController(Comments comments, Templates templates) {
    this.comments = comments;
    this.templates = templates;
  }

  /** The comments of a paper as the reader may see them. */
  List<CommentView> views(Context ctx, String paperId) {
    AuthenticatedUser user = Auth.current(ctx).orElse(null);
    boolean admin = user != null && user.admin();
    return comments.of(paperId, admin).stream()
        .map(
            c ->
                new CommentView(
                    c.id(),
                    c.author(),
                    out -> out.writeContent(markdown.html(c.body())),
                    c.createdAt().toString(),
                    c.editedAt() != null,
                    c.hidden(),
                    user != null && c.userId().equals(user.id()),
                    admin))
        .toList();
  }

  /** {@code POST /papers/{id}/comments}. */
  void post(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String paperId = VoteController.paperId(ctx);
    Comment c =
        comments
            .post(user, paperId, ctx.formParam("body"))
            .orElseThrow(() -> new NotFoundResponse("no paper with id " + paperId));
    ctx.redirect(Urls.paper(paperId) + "#comment-" + c.id(), HttpStatus.SEE_OTHER);
  }

  /** {@code GET /comments/{id}/edit}: the edit form of one's own comment. */
  void editForm(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    Comment c = existing(ctx);
    if (!c.userId().equals(user.id())) {
      throw new io.javalin.http.ForbiddenResponse("only its author may edit a comment");
    }
    templates.render(ctx, "comment-edit.jte", Map.of("comment", c));
  }

  /** {@code POST /comments/{id}/edit}. */
  void edit(Context ctx) {
    Comment c = comments.edit(Auth.required(ctx), ctx.pathParam("id"), ctx.formParam("body"));
    ctx.redirect(Urls.paper(c.paperId()) + "#comment-" + c.id(), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /comments/{id}/delete}. */
  void delete(Context ctx) {
    Comment c = comments.delete(Auth.required(ctx), ctx.pathParam("id"));
    ctx.redirect(Urls.paper(c.paperId()) + "#comments", HttpStatus.SEE_OTHER);
  }

  /** {@code POST /comments/{id}/hide} with {@code hidden=true|false}: admins only. */
  void hide(Context ctx) {
    String flag = ctx.formParam("hidden");
    if (flag != null && !flag.equals("true") && !flag.equals("false")) {
      throw new BadRequestResponse("hidden must be true or false; got '" + flag + "'");
    }
    Comment c = comments.setHidden(Auth.required(ctx), ctx.pathParam("id"), !"false".equals(flag));
    ctx.redirect(Urls.paper(c.paperId()) + "#comment-" + c.id(), HttpStatus.SEE_OTHER);
  }

  /** {@code GET /api/papers/{id}/comments}. */
  void list(Context ctx) {
    String paperId = VoteController.paperId(ctx);
    ctx.json(comments.of(paperId, false).stream().map(this::json).toList());
  }

  /** {@code POST /api/papers/{id}/comments} with JSON {@code {"body": "..."}}. */
  void create(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String paperId = VoteController.paperId(ctx);
    String body;
    try {
      body = ctx.bodyAsClass(Map.class).getOrDefault("body", "").toString();
    } catch (Exception e) { // Jackson's checked exceptions arrive undeclared
      throw new BadRequestResponse("send JSON like {\"body\": \"text\"}");
    }
    Comment c =
        comments
            .post(user, paperId, body)
            .orElseThrow(() -> new NotFoundResponse("no paper with id " + paperId));
    ctx.status(HttpStatus.CREATED).json(json(c));
  }

  private Map<String, Object> json(Comment c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("author", Map.of("name", c.author()));
    m.put("body", c.body());
    m.put("html", markdown.html(c.body()));
    m.put("createdAt", c.createdAt().toString());
    if (c.editedAt() != null) {
      m.put("editedAt", c.editedAt().toString());
    }
    return m;
  }

  private Comment existing(Context ctx) {
    String id = ctx.pathParam("id");
    return comments.find(id).orElseThrow(() -> new NotFoundResponse("no comment with id " + id));
  }
}
