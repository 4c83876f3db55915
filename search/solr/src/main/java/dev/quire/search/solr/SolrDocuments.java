package dev.quire.search.solr;

import dev.quire.paper.Paper;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * How a paper becomes a Solr document of Quire's configset (schema {@value QuireConfigSet#SCHEMA}):
 * the same fields and values as the embedded engine's Lucene document.
 */
public final class SolrDocuments {
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String ABSTRACT = "abstract";
  public static final String TEXT = "text";
  public static final String SPELL = "spell";
  public static final String AUTHORS = "authors";
  public static final String CATEGORY = "cat";
  public static final String CATEGORY_FACET = "cat_facet";
  public static final String ORGANIZATION = "org";
  public static final String PUBLISHED = "published";
  public static final String UPVOTES = "upvotes";
  public static final String VECTOR = "vector";

  /** Published day of papers with no date: sorts last, filtered out by any date filter. */
  public static final long NO_DATE = Long.MIN_VALUE / 2;

  private SolrDocuments() {}

  /** The document of a paper, with its vector when it has one (null: none). */
  /** Whether a paper's category is an arXiv category (not an MSC/ACM class filed as one). */
  static boolean facetable(String category) {
    return category.toLowerCase(Locale.ROOT).matches("[a-z-]+(\\.[a-z-]+)?");
  }

  public static SolrInputDocument paper(Paper p, float[] vector) {
    SolrInputDocument d = base(p.id(), p.title(), p.abstractText(), vector);
    for (var a : p.authors()) {
      d.addField(AUTHORS, a.name());
    }
    Set<String> cats = new LinkedHashSet<>();
    for (String c : p.categories()) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (!facetable(c)) {
        continue; // MSC/ACM classes some authors file as categories
      }
      cats.add(lc);
      d.addField(CATEGORY_FACET, c);
      int dot = lc.indexOf('.');
      if (dot > 0) {
        cats.add(lc.substring(0, dot));
      }
    }
    for (String c : cats) {
      d.addField(CATEGORY, c);
    }
    if (p.organization() != null) {
      d.setField(ORGANIZATION, p.organization().toLowerCase(Locale.ROOT));
    }
    d.setField(
        PUBLISHED,
        p.publishedAt() == null
            ? NO_DATE
            : p.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
    d.setField(UPVOTES, (long) p.upvotes());
    return d;
  }

  /** The document of a bare text (an evaluation corpus): id, title, body and vector only. */
  public static SolrInputDocument text(String id, String title, String body, float[] vector) {
    SolrInputDocument d = base(id, title, body, vector);
    d.setField(PUBLISHED, NO_DATE);
    d.setField(UPVOTES, 0L);
    return d;
  }

  private static SolrInputDocument base(String id, String title, String body, float[] vector) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, id);
    d.setField(TITLE, title);
    d.setField(ABSTRACT, body);
    d.setField(TEXT, title + "\n" + body);
    d.setField(SPELL, title);
    if (vector != null) {
      List<Float> v = new ArrayList<>(vector.length);
      for (float f : vector) {
        v.add(f);
      }
      d.setField(VECTOR, v);
    }
    return d;
  }
}
