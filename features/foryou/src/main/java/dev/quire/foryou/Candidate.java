package dev.quire.foryou;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A paper that may be recommended, with what ranking needs and nothing more. The normalised forms
 * that follow matching compares (author names, lower-cased text) are computed once per candidate,
 * since candidates are cached per period and matched for every reader.
 */
public final class Candidate {
  private final String id;
  private final String title;
  private final String abstractText;
  private final List<String> authors;
  private final List<String> categories;
  private final String organization;
  private final LocalDate day;
  private final int upvotes;
  private final float[] vector;
  private volatile List<String> authorKeys;
  private volatile String text;

  /**
   * A candidate.
   *
   * @param id arXiv id
   * @param title title
   * @param abstractText abstract
   * @param authors author names in order
   * @param categories arXiv categories, primary first
   * @param organization linked organisation name, or null
   * @param day the day it belongs to in the window (featured, else first published)
   * @param upvotes total upvotes
   * @param vector unit-length embedding, or null when the paper has none yet
   */
  public Candidate(
      String id,
      String title,
      String abstractText,
      List<String> authors,
      List<String> categories,
      String organization,
      LocalDate day,
      int upvotes,
      float[] vector) {
    this.id = id;
    this.title = title;
    this.abstractText = abstractText == null ? "" : abstractText;
    this.authors = List.copyOf(authors);
    this.categories = List.copyOf(categories);
    this.organization = organization;
    this.day = day;
    this.upvotes = upvotes;
    this.vector = vector;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String abstractText() {
    return abstractText;
  }

  public List<String> authors() {
    return authors;
  }

  public List<String> categories() {
    return categories;
  }

  public String organization() {
    return organization;
  }

  public LocalDate day() {
    return day;
  }

  public int upvotes() {
    return upvotes;
  }

  public float[] vector() {
    return vector;
  }

  /** The same paper with this vector. */
  Candidate withVector(float[] v) {
    return new Candidate(
        id, title, abstractText, authors, categories, organization, day, upvotes, v);
  }

  /** The primary category, or null. */
  public String primaryCategory() {
    return categories.isEmpty() ? null : categories.get(0);
  }

  /** Author names as {@link Names#normalize} makes them, in order. */
  List<String> authorKeys() {
    List<String> k = authorKeys;
    if (k == null) {
      k = authors.stream().map(Names::normalize).toList();
      authorKeys = k;
    }
    return k;
  }

  /** Title and abstract, lower-cased, whitespace collapsed. */
  String text() {
    String t = text;
    if (t == null) {
      t = (title + "\n" + abstractText).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      text = t;
    }
    return t;
  }
}
