package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import dev.quire.search.Fusion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of papers in one folder: a writer, near-real-time searchers, and commit metadata
 * (schema, model, watermark) that tells whether it is current. Thread-safe.
 */
final class PaperIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PaperIndex.class);

  /** Bumped whenever documents change shape; an index of another schema is rebuilt. */
  static final String SCHEMA = "2";

  static final String KEY_SCHEMA = "quire.schema";
  static final String KEY_MODEL = "quire.model";
  static final String KEY_WATERMARK = "quire.watermark";

  /**
   * BM25 with Lucene's default k1 1.2, b 0.75: the published baselines' k1 0.9, b 0.4 gave +0.001
   * nDCG@10 on SciFact train and -0.004 on the known-item set (docs/decisions.md §9).
   */
  static final org.apache.lucene.search.similarities.Similarity SIMILARITY =
      new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.75f);

  /** A matching paper: Lucene's doc number, the paper id, the score. */
  record Hit(int doc, String id, float score) implements Fusion.Scored {
    /** This hit with another score (fusion's). */
    Hit rescored(float fused) {
      return new Hit(doc, id, fused);
    }
  }

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private PaperIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        new SearcherManager(
            writer,
            new org.apache.lucene.search.SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(
                  org.apache.lucene.index.IndexReader reader,
                  org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(SIMILARITY);
                return s;
              }
            });
  }

  /** Opens (creating when missing) the index in {@code dir}. */
  static PaperIndex open(Path dir) {
    try {
      return openVerified(dir);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "the search index in {} is damaged ({}); starting a new one, rebuilt from the database",
          dir,
          e.toString());
      deleteRecursively(dir);
      try {
        return openVerified(dir);
      } catch (IOException again) {
        throw new UncheckedIOException("cannot create a search index in " + dir, again);
      }
    }
  }

  /**
   * Opens the index after checking every segment's checksums, so damage shows now, not mid-search.
   */
  private static PaperIndex openVerified(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      if (DirectoryReader.indexExists(directory)) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
          }
        }
      }
      IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.index());
      cfg.setSimilarity(SIMILARITY);
      cfg.setCodec(codec());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      return new PaperIndex(directory, new IndexWriter(directory, cfg));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the damaged search index in " + dir, e);
    }
  }

  /** Lucene's default codec with int7 scalar-quantized HNSW for vectors. */
  static Codec codec() {
    KnnVectorsFormat vectors =
        new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SEVEN_BIT, 16, 100);
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
      }
    };
  }

  /** The metadata of the last commit (empty for a new index). */
  Map<String, String> commitData() {
    Map<String, String> out = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Adds or replaces the paper's document. */
  void put(Paper paper, float[] vector) {
    Document d = IndexFields.document(paper, vector);
    try {
      writer.updateDocument(new Term(IndexFields.ID, paper.id()), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a bare text document (evaluation corpora). */
  void putText(String id, String title, String body, float[] vector) {
    try {
      writer.updateDocument(
          new Term(IndexFields.ID, id), IndexFields.text(id, title, body, vector));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every document. */
  void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes durable with this metadata, and visible to searches. */
  void commit(Map<String, String> data) {
    try {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes recent changes visible to searches (cheap when nothing changed). */
  void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Merges the index down to one segment (after a full rebuild). */
  void optimize() {
    try {
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of documents visible to searches. */
  int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Number of visible documents that have a vector. */
  int withVectors() {
    return withSearcher(s -> s.count(new FieldExistsQuery(IndexFields.VECTOR)));
  }

  /** Runs {@code work} on a current searcher. */
  <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * The top {@code n} hits of a query, by score or by {@code sort} when not null. Matches are
   * counted only up to {@code n}: past that, Lucene skips documents that cannot enter the top.
   */
  static List<Hit> top(IndexSearcher s, Query q, int n, Sort sort) throws IOException {
    return counted(s, q, n, sort, n).hits();
  }

  /**
   * The top hits of a query and its number of matches, counted exactly up to {@code countUpTo}
   * (counting further would visit every match; Lucene's own default stops at 1,000).
   *
   * @param hits best first
   * @param matches number of matching documents, or a lower bound when {@code atLeast}
   * @param atLeast whether more documents than {@code matches} match
   */
  record Top(List<Hit> hits, long matches, boolean atLeast) {}

  /** The top {@code n} hits, with matches counted up to {@code countUpTo}. */
  static Top counted(IndexSearcher s, Query q, int n, Sort sort, int countUpTo) throws IOException {
    if (n <= 0) {
      return new Top(List.of(), 0, false);
    }
    int threshold = Math.max(n, countUpTo);
    TopDocs docs =
        sort == null
            ? s.search(q, new TopScoreDocCollectorManager(n, threshold))
            : s.search(q, new TopFieldCollectorManager(sort, n, threshold));
    boolean atLeast = docs.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    // Lucene may count a little past the threshold; as a lower bound the threshold reads best
    long matches = atLeast ? Math.min(docs.totalHits.value(), threshold) : docs.totalHits.value();
    return new Top(hits(s, docs.scoreDocs), matches, atLeast);
  }

  static List<Hit> hits(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    List<Hit> out = new ArrayList<>(docs.length);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : docs) {
      out.add(new Hit(sd.doc, id(leaves, sd.doc), Float.isNaN(sd.score) ? 0f : sd.score));
    }
    return out;
  }

  /** The paper id of a document. */
  static String id(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
