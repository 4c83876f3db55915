package dev.quire.search.lucene;

import dev.quire.paper.Paper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** The fields of one paper's Lucene document, and how a paper becomes one. */
final class IndexFields {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";

  /** Title and abstract as one field: what BM25 scores first. */
  static final String TEXT = "text";

  /** Unstemmed title words, the dictionary of "did you mean". */
  static final String SPELL = "spell";

  private static final org.apache.lucene.document.FieldType SPELL_TYPE = spellType();

  private static org.apache.lucene.document.FieldType spellType() {
    org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType();
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static final String AUTHORS = "authors";
  static final String CATEGORY = "cat";
  static final String CATEGORY_FACET = "cat_facet";
  static final String ORGANIZATION = "org";
  static final String PUBLISHED = "published";
  static final String UPVOTES = "upvotes";
  static final String VECTOR = "vector";

  /** Published day of papers with no date: sorts last, filtered out by any date filter. */
  static final long NO_DATE = Long.MIN_VALUE / 2;

  private IndexFields() {}

  /** The document of a paper, with its vector when it has one. */
  static Document document(Paper p, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, p.id(), Field.Store.NO));
    d.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
    d.add(new TextField(TITLE, p.title(), Field.Store.NO));
    d.add(new TextField(ABSTRACT, p.abstractText(), Field.Store.NO));
    d.add(new TextField(TEXT, p.title() + "\n" + p.abstractText(), Field.Store.NO));
    d.add(new Field(SPELL, p.title(), SPELL_TYPE));
    for (var a : p.authors()) {
      d.add(new TextField(AUTHORS, a.name(), Field.Store.NO));
    }
    Set<String> cats = new LinkedHashSet<>();
    for (String c : p.categories()) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (!lc.matches("[a-z-]+(\\.[a-z-]+)?")) {
        continue; // MSC/ACM classes some authors file as categories
      }
      cats.add(lc);
      d.add(new SortedSetDocValuesField(CATEGORY_FACET, new BytesRef(c)));
      int dot = lc.indexOf('.');
      if (dot > 0) {
        cats.add(lc.substring(0, dot));
      }
    }
    for (String c : cats) {
      d.add(new StringField(CATEGORY, c, Field.Store.NO));
    }
    if (p.organization() != null) {
      d.add(
          new StringField(ORGANIZATION, p.organization().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    long day =
        p.publishedAt() == null
            ? NO_DATE
            : p.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    d.add(new LongPoint(PUBLISHED, day));
    d.add(new NumericDocValuesField(PUBLISHED, day));
    d.add(new NumericDocValuesField(UPVOTES, p.upvotes()));
    if (vector != null) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return d;
  }

  /** The document of a bare text (an evaluation corpus): id, title, body and vector only. */
  static Document text(String id, String title, String body, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.NO));
    d.add(new SortedDocValuesField(ID, new BytesRef(id)));
    d.add(new TextField(TITLE, title, Field.Store.NO));
    d.add(new TextField(ABSTRACT, body, Field.Store.NO));
    d.add(new TextField(TEXT, title + "\n" + body, Field.Store.NO));
    d.add(new Field(SPELL, title, SPELL_TYPE));
    d.add(new NumericDocValuesField(PUBLISHED, NO_DATE));
    d.add(new NumericDocValuesField(UPVOTES, 0));
    if (vector != null) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return d;
  }

  /** The year of a published-day value, or 0 for none. */
  static int year(long day) {
    return day == NO_DATE ? 0 : LocalDate.ofEpochDay(day).getYear();
  }
}
