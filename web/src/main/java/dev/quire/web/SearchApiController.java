package dev.quire.web;

import dev.quire.paper.ArxivId;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.PaperSearch;
import dev.quire.search.SearchHit;
import dev.quire.search.SearchResults;
import dev.quire.search.SearchSort;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/papers/search?q=&limit=: results in the shape of Hugging Face's paper search (daily-list
 * elements); GET /api/papers/{id}/similar?limit=: the papers nearest to one, as flat paper objects.
 */
final class SearchApiController {
  static final int MAX_QUERY_CHARS = 250;
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 120;
  static final int DEFAULT_SIMILAR = 10;
  static final int MAX_SIMILAR = 50;

  /** Says "index building: N of M papers" on answers given while the index is incomplete. */
  static final String INDEX_HEADER = "X-Quire-Index";

  static final int RETRY_AFTER_SECONDS = 5;

  private final PaperSearch search;
  private final PaperRepository papers;

  SearchApiController(PaperSearch search, PaperRepository papers) {
    this.search = search;
    this.papers = papers;
  }

  void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("q is required: the words to search for");
    }
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    SearchSort sort = SearchPageController.sort(ctx);
    SearchResults results =
        search.search(SearchPageController.parse(q, MAX_QUERY_CHARS), sort, 0, limit);
    if (results.indexing() != null) {
      if (results.hits().isEmpty()) {
        // never a silent empty list while the index is still being built
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        throw new ServiceUnavailableResponse(
            "the search index is being built ("
                + results.indexing().describe()
                + "); retry in a few seconds");
      }
      ctx.header(INDEX_HEADER, results.indexing().describe());
    }
    List<Paper> found = results.hits().stream().map(SearchHit::paper).toList();
    Map<String, List<DailyEntry>> entries = papers.entriesOf(ids(found));
    Map<String, Organization> orgs = papers.findOrganizations(orgNames(found));
    List<HfJson.DailyPaper> out = new ArrayList<>();
    for (Paper p : found) {
      List<DailyEntry> featured = entries.getOrDefault(p.id(), List.of());
      DailyEntry first = featured.isEmpty() ? null : featured.get(0);
      Organization org = p.organization() == null ? null : orgs.get(p.organization());
      out.add(element(p, first, org));
    }
    ctx.json(out);
  }

  /**
   * A search result as HF sends it: the daily-list element, with the entry's fields when featured.
   */
  private static HfJson.DailyPaper element(Paper p, DailyEntry first, Organization org) {
    if (first != null) {
      return HfPaperMapper.daily(new dev.quire.paper.FeaturedPaper(first, p, org));
    }
    HfJson.Paper paper = HfPaperMapper.paper(p, null, org);
    return new HfJson.DailyPaper(
        paper,
        paper.publishedAt(),
        p.title(),
        p.abstractText(),
        p.numComments(),
        null,
        paper.organization(),
        false);
  }

  void similar(Context ctx) {
    String raw = ctx.pathParam("id");
    String id =
        ArxivId.parse(raw)
            .orElseThrow(() -> new BadRequestResponse("not an arXiv id: '" + raw + "'"));
    int limit = Params.integer(ctx, "limit", DEFAULT_SIMILAR, 1, MAX_SIMILAR);
    if (papers.find(id).isEmpty()) {
      throw new NotFoundResponse("paper " + id + " not found");
    }
    List<Paper> similar = search.similar(id, limit);
    Map<String, List<DailyEntry>> entries = papers.entriesOf(ids(similar));
    Map<String, Organization> orgs = papers.findOrganizations(orgNames(similar));
    List<HfJson.Paper> out = new ArrayList<>();
    for (Paper p : similar) {
      List<DailyEntry> featured = entries.getOrDefault(p.id(), List.of());
      out.add(
          HfPaperMapper.paper(
              p,
              featured.isEmpty() ? null : featured.get(0),
              p.organization() == null ? null : orgs.get(p.organization())));
    }
    ctx.json(out);
  }

  private static List<String> ids(Collection<Paper> ps) {
    return ps.stream().map(Paper::id).toList();
  }

  private static Set<String> orgNames(Collection<Paper> ps) {
    Set<String> out = new LinkedHashSet<>();
    for (Paper p : ps) {
      if (p.organization() != null) {
        out.add(p.organization());
      }
    }
    return out;
  }
}
