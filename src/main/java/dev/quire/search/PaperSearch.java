package dev.quire.search;

import dev.quire.paper.Paper;
import java.util.List;

/** Full-text and semantic search over the papers, whatever engine answers it. */
public interface PaperSearch {
  /** One page of results for a parsed query. */
  SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit);

  /** Papers most like this one (nearest by vector, else by keywords), itself excluded. */
  List<Paper> similar(String paperId, int limit);

  /** What the index and the embedding job are doing. */
  SearchStatus status();
}
