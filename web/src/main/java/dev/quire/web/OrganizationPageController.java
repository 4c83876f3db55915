package dev.quire.web;

import dev.quire.paper.Organization;
import dev.quire.paper.PaperRepository;
import dev.quire.web.view.OrganizationView;
import dev.quire.web.view.Pager;
import dev.quire.web.view.PaperCard;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * The page of one organisation, {@code /organizations/{name}}: its header and its papers by
 * upvotes, paginated.
 */
final class OrganizationPageController {
  /** Papers per page. */
  static final int PAGE_SIZE = 50;

  private final PaperRepository papers;
  private final PagePersonalizer pages;

  OrganizationPageController(PaperRepository papers, PagePersonalizer pages, SiteInfo site) {
    this.papers = papers;
    this.pages = pages;
  }

  void show(Context ctx) {
    String name = ctx.pathParam("name");
    Organization org =
        papers
            .findOrganization(name)
            .orElseThrow(
                () -> new NotFoundResponse("no organization named '" + name + "' is known"));
    int page = Params.integer(ctx, "p", 1, 1, 100_000);
    int count = papers.countByOrganization(name);
    List<PaperCard> cards =
        papers.byOrganization(name, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
            .map(PaperCard::of)
            .toList();
    String base = Urls.organization(name) + "?p=";
    Pager pager =
        new Pager(
            page,
            page > 1 ? base + (page - 1) : null,
            (long) page * PAGE_SIZE < count ? base + (page + 1) : null);
    pages.render(
        ctx, "organization.jte", Map.of("view", new OrganizationView(org, count, cards, pager)));
  }
}
