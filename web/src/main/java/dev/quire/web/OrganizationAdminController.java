package dev.quire.web;

import dev.quire.paper.ArxivId;
import dev.quire.paper.Organization;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import dev.quire.web.view.Urls;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Admins create organisations and link papers to them: a page with two forms, and {@code POST
 * /api/papers/{id}/links} with JSON {@code {"organization": "name"}} (null unlinks).
 */
final class OrganizationAdminController {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private final PaperRepository papers;
  private final PaperStore store;
  private final Templates templates;

  OrganizationAdminController(PaperRepository papers, PaperStore store, Templates templates) {
    this.papers = papers;
    this.store = store;
    this.templates = templates;
  }

  void page(Context ctx) {
    templates.render(ctx, "admin-organizations.jte", Map.of());
  }

  /** {@code POST /admin/organizations}: creates or renames an organisation. */
  void create(Context ctx) {
    String name = name(ctx.formParam("name"));
    String fullname = blankToNull(ctx.formParam("fullname"));
    String avatar = blankToNull(ctx.formParam("avatar"));
    if (avatar != null && Urls.external(avatar) == null) {
      throw new BadRequestResponse("avatar must be an http(s) URL; got '" + avatar + "'");
    }
    store.saveOrganization(new Organization(name, fullname, avatar, null));
    ctx.redirect(Urls.organization(name), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /admin/links}: links the paper of a form to an organisation. */
  void linkForm(Context ctx) {
    String id = paperId(ctx.formParam("paper"));
    link(id, ctx.formParam("organization"));
    ctx.redirect(Urls.paper(id), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /api/papers/{id}/links}. */
  void linkApi(Context ctx) {
    String id = paperId(ctx.pathParam("id"));
    Object org;
    try {
      org = ctx.bodyAsClass(Map.class).get("organization");
    } catch (Exception e) { // Jackson's checked exceptions arrive undeclared
      throw new BadRequestResponse("send JSON like {\"organization\": \"name\"}");
    }
    String name = org == null ? null : org.toString();
    link(id, name);
    ctx.json(name == null ? Map.of("id", id) : Map.of("id", id, "organization", name));
  }

  private void link(String paperId, String organization) {
    String org = organization == null || organization.isBlank() ? null : name(organization);
    if (org != null && papers.findOrganization(org).isEmpty()) {
      throw new NotFoundResponse("no organisation named " + org + "; create it first");
    }
    if (!store.linkOrganization(paperId, org)) {
      throw new NotFoundResponse("no paper with id " + paperId);
    }
  }

  private static String paperId(String raw) {
    String value = raw == null ? "" : raw.strip();
    return ArxivId.parse(value)
        .orElseThrow(() -> new BadRequestResponse("'" + value + "' is not an arXiv id"));
  }

  private static String name(String raw) {
    String n = raw == null ? "" : raw.strip();
    if (!NAME.matcher(n).matches()) {
      throw new BadRequestResponse(
          "an organisation name has 1 to 64 letters, digits, '.', '-' or '_'; got '" + n + "'");
    }
    return n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
