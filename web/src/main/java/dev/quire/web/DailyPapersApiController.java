package dev.quire.web;

import dev.quire.paper.CategoryFilter;
import dev.quire.paper.DailyList;
import dev.quire.paper.DailyListRepository;
import dev.quire.paper.DailyQuery;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.paper.Trending;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GET /api/daily_papers: papers as Hugging Face lists them, featured papers first, then (unless the
 * hub lists featured papers only) the papers announced on arXiv in the same days. {@code date},
 * {@code week} or {@code month} pick days (default: the newest day with papers, or all featured
 * days when only {@code submitter} is given, which lists featured papers only); {@code sort} is
 * publishedAt (newest day first, most upvoted first within a day) or trending (featured papers by
 * trending score, then announced ones); {@code p} and {@code limit} page.
 */
final class DailyPapersApiController {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  static final int MAX_PAGE = 1_000_000;

  /**
   * Trending sorts a whole period in memory; this bounds it (a month holds about a thousand
   * entries).
   */
  static final int MAX_TRENDING_ROWS = 20_000;

  private static final int MAX_SUBMITTER_LENGTH = 100;
  private static final Pattern USER_NAME =
      Pattern.compile("[A-Za-z0-9._-]{1," + MAX_SUBMITTER_LENGTH + "}");
  private static final String PUBLISHED_AT = "publishedAt";
  private static final String TRENDING = "trending";
  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final LocalDate AFTER_LAST_DAY = LocalDate.of(9999, 12, 31);

  private final PaperRepository papers;
  private final DailyList list;
  private final Trending trending;
  private final AnswerCache cache;

  DailyPapersApiController(PaperRepository papers, DailyList list, AnswerCache cache, Clock clock) {
    this.papers = papers;
    this.list = list;
    this.trending = new Trending(clock);
    this.cache = cache;
  }

  void list(Context ctx) {
    Period period = Params.period(ctx);
    String submitter = submitter(ctx);
    String sort = Params.choice(ctx, "sort", PUBLISHED_AT, Set.of(PUBLISHED_AT, TRENDING));
    int page = Params.integer(ctx, "p", 0, 0, MAX_PAGE);
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    CategoryFilter filter = CategoryChoice.ofQuery(ctx);

    String key =
        (period == null ? "latest" : period.from() + ".." + period.toExclusive())
            + '|'
            + sort
            + '|'
            + page
            + '|'
            + limit
            + '|'
            + submitter
            + '|'
            + (filter == null ? "" : filter.code());
    cache
        .get(
            key,
            () ->
                JsonResponses.answer(
                    ctx, entries(period, submitter, sort, page, limit, filter), null))
        .sendTo(ctx);
  }

  private List<HfJson.DailyPaper> entries(
      Period period, String submitter, String sort, int page, int limit, CategoryFilter filter) {
    Optional<DailyQuery> range = range(period, submitter);
    List<FeaturedPaper> found;
    if (range.isEmpty()) {
      found = List.of();
    } else if (filter != null && (submitter != null || sort.equals(TRENDING))) {
      found = page(inCategory(range.get(), submitter, sort, filter), page * limit, limit);
    } else if (sort.equals(TRENDING)) {
      List<FeaturedPaper> featured =
          trending.sort(papers.featured(withPage(range.get(), 0, MAX_TRENDING_ROWS)));
      found = new ArrayList<>(page(featured, page * limit, limit));
      if (submitter == null && found.size() < limit) {
        int skip = Math.max(0, page * limit - featured.size());
        found.addAll(announcedOnly(rangePeriod(range.get()), skip, limit - found.size()));
      }
    } else if (submitter == null) {
      found =
          list.page(
                  rangePeriod(range.get()),
                  filter,
                  DailyListRepository.Order.DAY_THEN_UPVOTES,
                  page * limit,
                  limit)
              .all();
    } else {
      found = papers.featured(withPage(range.get(), page * limit, limit));
    }
    List<HfJson.DailyPaper> out = new ArrayList<>(found.size());
    for (FeaturedPaper f : found) {
      out.add(HfPaperMapper.daily(f));
    }
    return out;
  }

  /** Featured (and, without a submitter, announced) papers of the range in a category, sorted. */
  private List<FeaturedPaper> inCategory(
      DailyQuery range, String submitter, String sort, CategoryFilter filter) {
    List<FeaturedPaper> featured = new ArrayList<>();
    for (FeaturedPaper f : papers.featured(withPage(range, 0, MAX_TRENDING_ROWS))) {
      if (filter.matches(f.paper().categories())) {
        featured.add(f);
      }
    }
    List<FeaturedPaper> out =
        new ArrayList<>(sort.equals(TRENDING) ? trending.sort(featured) : featured);
    if (submitter == null && list.listsAnnounced()) {
      Period period = rangePeriod(range);
      DailyList.Page first =
          list.page(period, filter, DailyListRepository.Order.DAY_THEN_UPVOTES, 0, 0);
      out.addAll(
          list.page(
                  period,
                  filter,
                  DailyListRepository.Order.DAY_THEN_UPVOTES,
                  first.featuredTotal(),
                  MAX_TRENDING_ROWS)
              .announced());
    }
    return out;
  }

  /** Announced papers only (no featured ones), {@code skip} of them left out. */
  private List<FeaturedPaper> announcedOnly(Period period, int skip, int limit) {
    if (!list.listsAnnounced()) {
      return List.of();
    }
    DailyList.Page first =
        list.page(period, null, DailyListRepository.Order.DAY_THEN_UPVOTES, 0, 0);
    return list.page(
            period,
            null,
            DailyListRepository.Order.DAY_THEN_UPVOTES,
            first.featuredTotal() + skip,
            limit)
        .announced();
  }

  private static Period rangePeriod(DailyQuery q) {
    return new Period(Period.Kind.DAY, q.from(), q.toExclusive());
  }

  /** The days to list, unpaged; empty when there are no papers at all. */
  private Optional<DailyQuery> range(Period period, String submitter) {
    if (period != null) {
      return Optional.of(days(period.from(), period.toExclusive(), submitter));
    }
    if (submitter != null) {
      return Optional.of(days(FIRST_DAY, AFTER_LAST_DAY, submitter));
    }
    return list.latestDay().map(day -> days(day, day.plusDays(1), null));
  }

  private static DailyQuery days(LocalDate from, LocalDate toExclusive, String submitter) {
    return new DailyQuery(from, toExclusive, submitter, DailyQuery.Sort.DAY_THEN_UPVOTES, 0, 0);
  }

  private static DailyQuery withPage(DailyQuery q, int offset, int limit) {
    return new DailyQuery(q.from(), q.toExclusive(), q.submitter(), q.sort(), offset, limit);
  }

  private static <T> List<T> page(List<T> all, int offset, int limit) {
    if (offset >= all.size()) {
      return List.of();
    }
    return all.subList(offset, Math.min(all.size(), offset + limit));
  }

  private static String submitter(Context ctx) {
    String raw = Params.blankToNull(ctx.queryParam("submitter"));
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (!USER_NAME.matcher(s).matches()) {
      String shown = s.length() <= 40 ? s : s.substring(0, 40) + "...";
      throw new BadRequestResponse(
          "submitter must be a Hugging Face user name of at most "
              + MAX_SUBMITTER_LENGTH
              + " letters, digits, '-', '_' or '.'; got '"
              + shown
              + "'");
    }
    return s;
  }
}
