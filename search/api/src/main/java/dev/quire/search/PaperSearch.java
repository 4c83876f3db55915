package dev.quire.search;

import dev.quire.paper.Paper;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Full-text and semantic search over the papers, whatever engine answers it. */
public interface PaperSearch {
  /** Pages never reach past this many ranked candidates. */
  int MAX_DEPTH = 1000;

  /** One page of results for a parsed query. */
  SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit);

  /** Papers most like this one (nearest by vector, else by keywords), itself excluded. */
  List<Paper> similar(String paperId, int limit);

  /** The stored embeddings of these papers, by id; papers without one are left out. */
  default Map<String, float[]> vectors(Collection<String> ids) {
    return Map.of();
  }

  /** What the index and the embedding job are doing. */
  SearchStatus status();
}
