package dev.quire.search.lucene;

import dev.quire.search.Fusion;
import dev.quire.search.RankingMethod;
import dev.quire.search.SearchQuery;
import dev.quire.search.SearchSort;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The embedded engine's ranking opened for evaluations (dev.quire.eval): an index in a folder,
 * documents put straight in, rankings by method and fusion. The product does not use it.
 */
public final class RankingLab implements AutoCloseable {
  private final PaperIndex index;
  private final LuceneQueries queries = new LuceneQueries(Analyzers.index());

  private RankingLab(PaperIndex index) {
    this.index = index;
  }

  /** An index in {@code dir} (created when missing). */
  public static RankingLab open(Path dir) {
    return new RankingLab(PaperIndex.open(dir));
  }

  /** Indexes one document; {@code vector} may be null. Safe from several threads. */
  public void putText(String id, String title, String body, float[] vector) {
    index.putText(id, title, body, vector);
  }

  /** Makes the documents put so far searchable. */
  public void commit() {
    index.commit(Map.of());
  }

  /** A ranker over this index fusing keyword and vector lists with {@code fusion}. */
  public Ranker ranker(Fusion fusion) {
    HybridSearcher searcher = new HybridSearcher(index, queries, fusion);
    return (query, method, vector, depth) ->
        searcher.rank(query, SearchSort.RELEVANCE, method, vector, depth).hits().stream()
            .map(PaperIndex.Hit::id)
            .toList();
  }

  /** Ranks by relevance. */
  public interface Ranker {
    /** The ids of the best {@code depth} documents; {@code vector} is the query's, or null. */
    List<String> rank(SearchQuery query, RankingMethod method, float[] vector, int depth);
  }

  @Override
  public void close() {
    index.close();
  }
}
