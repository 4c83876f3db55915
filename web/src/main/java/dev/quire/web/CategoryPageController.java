package dev.quire.web;

import dev.quire.paper.ArxivTaxonomy;
import dev.quire.paper.CategoryFilter;
import dev.quire.paper.DailyList;
import dev.quire.web.view.CategoryView;
import dev.quire.web.view.Pager;
import dev.quire.web.view.PaperCard;
import dev.quire.web.view.Urls;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * The page of one arXiv category or archive, {@code /categories/{code}}: its papers, newest first,
 * paginated.
 */
final class CategoryPageController {
  /** Papers per page. */
  static final int PAGE_SIZE = 50;

  private final DailyList list;
  private final PagePersonalizer pages;

  CategoryPageController(DailyList list, PagePersonalizer pages) {
    this.list = list;
    this.pages = pages;
  }

  void show(Context ctx) {
    String code = ctx.pathParam("code");
    String name =
        ArxivTaxonomy.get()
            .name(code)
            .orElseThrow(
                () -> new NotFoundResponse("arXiv has no category or archive '" + code + "'"));
    CategoryFilter filter = new CategoryFilter(code);
    int page = Params.integer(ctx, "p", 1, 1, 100_000);
    // one more than a page tells whether there is a next page; counting a category scans every
    // paper (0.2 s at 70k), so the page says where it is instead of how many there are
    List<PaperCard> rows =
        list.inCategory(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1).stream()
            .map(PaperCard::of)
            .toList();
    boolean more = rows.size() > PAGE_SIZE;
    List<PaperCard> cards = more ? rows.subList(0, PAGE_SIZE) : rows;
    String base = Urls.category(code) + "?p=";
    Pager pager =
        new Pager(page, page > 1 ? base + (page - 1) : null, more ? base + (page + 1) : null);
    pages.render(
        ctx,
        "category.jte",
        Map.of("view", new CategoryView(code, name, cards, pager, (page - 1) * PAGE_SIZE)));
  }
}
