package dev.quire.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import dev.quire.search.embed.Embedder;
import dev.quire.search.embed.VectorRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Related papers: a paper's nearest neighbours by stored vector, or by keywords while it has none;
 * answers are kept until the index changes.
 */
final class SimilarPapers {
  /** Related-paper answers kept between index refreshes (they only change when the index does). */
  private static final int CACHED_ANSWERS = 20_000;

  private final PaperRepository papers;
  private final VectorRepository vectors;
  private final Embedder embedder;
  private final HybridSearcher searcher;
  private final Cache<String, List<String>> ids =
      Caffeine.newBuilder().maximumSize(CACHED_ANSWERS).build();

  SimilarPapers(
      PaperRepository papers,
      VectorRepository vectors,
      Embedder embedder,
      HybridSearcher searcher) {
    this.papers = papers;
    this.vectors = vectors;
    this.embedder = embedder;
    this.searcher = searcher;
  }

  List<Paper> of(String paperId, int limit) {
    // readers arriving together for the same paper wait for one computation
    List<String> ranked = ids.get(paperId + "|" + limit, k -> similarIds(paperId, limit));
    Map<String, Paper> found = papers.findAll(ranked);
    List<Paper> out = new ArrayList<>();
    for (String id : ranked) {
      Paper p = found.get(id);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** Forgets answers computed before the index changed. */
  void forget() {
    ids.invalidateAll();
  }

  private List<String> similarIds(String paperId, int limit) {
    Optional<Paper> paper = papers.find(paperId);
    if (paper.isEmpty()) {
      return List.of();
    }
    List<PaperIndex.Hit> hits = List.of();
    if (embedder != null) {
      VectorRepository.Stored v = vectors.find(List.of(paperId), embedder.model()).get(paperId);
      if (v != null) {
        hits = searcher.similar(v.vector(), paperId, limit);
      }
    }
    if (hits.isEmpty()) {
      Paper p = paper.get();
      hits = searcher.keywordSimilar(p.title() + " " + p.abstractText(), paperId, limit);
    }
    return hits.stream().map(PaperIndex.Hit::id).toList();
  }
}
