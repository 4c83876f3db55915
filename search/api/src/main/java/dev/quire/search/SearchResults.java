package dev.quire.search;

import java.util.List;

/**
 * One page of results with facets over the counted papers; built with {@link #builder}, so that no
 * caller lines up a dozen positional arguments.
 */
public final class SearchResults {
  private final SearchQuery query;
  private final List<SearchHit> hits;
  private final int total;
  private final int offset;
  private final List<Facet> categories;
  private final List<Facet> years;
  private final String jumpTo;
  private final boolean semantic;
  private final long matches;
  private final boolean matchesAtLeast;
  private final MatchScope scope;
  private final IndexProgress indexing;
  private final String suggestion;
  private final String missingId;

  private SearchResults(Builder b) {
    this.query = b.query;
    this.hits = List.copyOf(b.hits);
    this.total = b.total;
    this.offset = b.offset;
    this.categories = List.copyOf(b.categories);
    this.years = List.copyOf(b.years);
    this.jumpTo = b.jumpTo;
    this.semantic = b.semantic;
    this.matches = b.matches;
    this.matchesAtLeast = b.matchesAtLeast;
    this.scope = b.scope;
    this.indexing = b.indexing;
    this.suggestion = b.suggestion;
    this.missingId = b.missingId;
  }

  /** Results of this query: no hits, no facets, every word matched, until set otherwise. */
  public static Builder builder(SearchQuery query) {
    return new Builder(query);
  }

  /** The parsed query. */
  public SearchQuery query() {
    return query;
  }

  /** The page of hits, best first. */
  public List<SearchHit> hits() {
    return hits;
  }

  /**
   * Number of ranked candidates (pages never go past it); the ranking reaches one past the
   * requested page when there is more, so {@code total > offset + hits.size()} means a next page
   * exists.
   */
  public int total() {
    return total;
  }

  /** Index of the first hit in the full ranking. */
  public int offset() {
    return offset;
  }

  /** Category counts over the counted papers ({@link #scope}), most frequent first. */
  public List<Facet> categories() {
    return categories;
  }

  /** Publication-year counts over the counted papers, newest first. */
  public List<Facet> years() {
    return years;
  }

  /** The id of the paper to go straight to (an arXiv id query), or null. */
  public String jumpTo() {
    return jumpTo;
  }

  /** Whether vectors contributed to the ranking. */
  public boolean semantic() {
    return semantic;
  }

  /** Number of counted papers ({@link #scope} says which). */
  public long matches() {
    return matches;
  }

  /** Whether more papers match than {@link #matches}. */
  public boolean matchesAtLeast() {
    return matchesAtLeast;
  }

  /** Which papers {@link #matches} and the facets count. */
  public MatchScope scope() {
    return scope;
  }

  /** How far the index is while it is being built, or null when complete. */
  public IndexProgress indexing() {
    return indexing;
  }

  /** A respelt query with more matches ("did you mean"), or null. */
  public String suggestion() {
    return suggestion;
  }

  /** The arXiv id asked for when this hub does not have that paper, or null. */
  public String missingId() {
    return missingId;
  }

  /** Sets the parts of one page of results; unset parts are empty, zero, false or null. */
  public static final class Builder {
    private final SearchQuery query;
    private List<SearchHit> hits = List.of();
    private int total;
    private int offset;
    private List<Facet> categories = List.of();
    private List<Facet> years = List.of();
    private String jumpTo;
    private boolean semantic;
    private long matches;
    private boolean matchesAtLeast;
    private MatchScope scope = MatchScope.ALL_WORDS;
    private IndexProgress indexing;
    private String suggestion;
    private String missingId;

    private Builder(SearchQuery query) {
      this.query = query;
    }

    /** The page of hits and where it starts in a ranking of {@code total} candidates. */
    public Builder page(List<SearchHit> hits, int offset, int total) {
      this.hits = hits;
      this.offset = offset;
      this.total = total;
      return this;
    }

    /** Category and year counts over the counted papers. */
    public Builder facets(List<Facet> categories, List<Facet> years) {
      this.categories = categories;
      this.years = years;
      return this;
    }

    /** How many papers are counted, whether more match, and which papers count. */
    public Builder matches(long matches, boolean atLeast, MatchScope scope) {
      this.matches = matches;
      this.matchesAtLeast = atLeast;
      this.scope = scope;
      return this;
    }

    public Builder jumpTo(String paperId) {
      this.jumpTo = paperId;
      return this;
    }

    public Builder semantic(boolean semantic) {
      this.semantic = semantic;
      return this;
    }

    public Builder indexing(IndexProgress indexing) {
      this.indexing = indexing;
      return this;
    }

    public Builder suggestion(String suggestion) {
      this.suggestion = suggestion;
      return this;
    }

    public Builder missingId(String arxivId) {
      this.missingId = arxivId;
      return this;
    }

    public SearchResults build() {
      return new SearchResults(this);
    }
  }

  /**
   * How far the index is while being built.
   *
   * @param indexed papers searchable now
   * @param papers papers in the database
   */
  public record IndexProgress(int indexed, int papers) {
    /** "index building: 1,200 of 5,000 papers". */
    public String describe() {
      return String.format("index building: %,d of %,d papers", indexed, papers);
    }
  }
}
