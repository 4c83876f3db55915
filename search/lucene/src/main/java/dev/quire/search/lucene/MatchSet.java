package dev.quire.search.lucene;

import dev.quire.search.Facet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The set of papers a search counts: every paper matching a query (all the words, and the filters),
 * with its size, category and year counts, and membership for ranking. Counting visits every match
 * once, reading two doc values each.
 */
final class MatchSet {
  private final FixedBitSet docs;
  private final int size;
  private final Map<String, Integer> categories;
  private final Map<Integer, Integer> years;

  private MatchSet(
      FixedBitSet docs, int size, Map<String, Integer> categories, Map<Integer, Integer> years) {
    this.docs = docs;
    this.size = size;
    this.categories = categories;
    this.years = years;
  }

  /** The papers matching {@code q}, counted. */
  static MatchSet of(IndexSearcher s, Query q) throws IOException {
    Counter c = new Counter(s.getIndexReader().maxDoc());
    s.search(
        q,
        new SimpleCollector() {
          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            c.leaf(context);
          }

          @Override
          public void collect(int doc) throws IOException {
            c.count(doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return c.result();
  }

  /** These documents (ascending), counted. */
  static MatchSet ofDocs(IndexSearcher s, int[] sortedDocs) throws IOException {
    Counter c = new Counter(s.getIndexReader().maxDoc());
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leaf = -1;
    for (int doc : sortedDocs) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leaf) {
        leaf = li;
        c.leaf(leaves.get(li));
      }
      c.count(doc - leaves.get(li).docBase);
    }
    return c.result();
  }

  /** Counts documents leaf by leaf. */
  private static final class Counter {
    private final FixedBitSet bits;
    private final Map<String, Integer> cats = new HashMap<>();
    private final Map<Integer, Integer> years = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private int size;
    private int base;
    private SortedSetDocValues cat;
    private NumericDocValues published;

    Counter(int maxDoc) {
      bits = new FixedBitSet(Math.max(1, maxDoc));
    }

    void leaf(LeafReaderContext context) throws IOException {
      base = context.docBase;
      cat = context.reader().getSortedSetDocValues(IndexFields.CATEGORY_FACET);
      published = context.reader().getNumericDocValues(IndexFields.PUBLISHED);
      names.clear();
    }

    void count(int doc) throws IOException {
      bits.set(base + doc);
      size++;
      if (cat != null && cat.advanceExact(doc)) {
        for (int i = 0; i < cat.docValueCount(); i++) {
          long ord = cat.nextOrd();
          String name = names.get(ord);
          if (name == null) {
            name = cat.lookupOrd(ord).utf8ToString();
            names.put(ord, name);
          }
          cats.merge(name, 1, Integer::sum);
        }
      }
      if (published != null && published.advanceExact(doc)) {
        int year = IndexFields.year(published.longValue());
        if (year > 0) {
          years.merge(year, 1, Integer::sum);
        }
      }
    }

    MatchSet result() {
      return new MatchSet(bits, size, cats, years);
    }
  }

  /** No paper. */
  static MatchSet none() {
    return new MatchSet(new FixedBitSet(1), 0, Map.of(), Map.of());
  }

  int size() {
    return size;
  }

  boolean contains(int doc) {
    return doc < docs.length() && docs.get(doc);
  }

  /** The most frequent categories, at most {@code n}. */
  List<Facet> categories(int n) {
    List<Facet> out = new ArrayList<>();
    categories.forEach((k, v) -> out.add(new Facet(k, v)));
    out.sort(Comparator.comparingInt(Facet::count).reversed().thenComparing(Facet::value));
    return out.subList(0, Math.min(n, out.size()));
  }

  /** The newest years, at most {@code n}. */
  List<Facet> years(int n) {
    List<Facet> out = new ArrayList<>();
    years.forEach((k, v) -> out.add(new Facet(String.valueOf(k), v)));
    out.sort(Comparator.comparing(Facet::value).reversed());
    return out.subList(0, Math.min(n, out.size()));
  }
}
