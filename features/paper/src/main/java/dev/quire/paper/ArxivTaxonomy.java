package dev.quire.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * arXiv's category and archive names ({@code cond-mat.str-el} → Strongly Correlated Electrons),
 * from the taxonomy shipped in the jar (resources/arxiv, MIT-licensed, from arXiv/oaipmh).
 */
public final class ArxivTaxonomy {
  private static final ArxivTaxonomy INSTANCE = load();

  private final Map<String, String> names;

  private ArxivTaxonomy(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** The taxonomy shipped with Quire. */
  public static ArxivTaxonomy get() {
    return INSTANCE;
  }

  /** The name of a category or archive code, or empty when arXiv has no such code. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(code == null ? null : names.get(code));
  }

  /** Whether {@code code} is an arXiv category or archive (not an MSC or ACM class). */
  public boolean known(String code) {
    return code != null && names.containsKey(code);
  }

  /** The archive of a category: {@code cond-mat.str-el} gives {@code cond-mat}. */
  public static String archiveOf(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  private static ArxivTaxonomy load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> names = new HashMap<>();
    for (JsonNode a : read(json, "arXiv_archives.json")) {
      names.put(a.path("archive_id").asText(), a.path("archive_name").asText());
    }
    for (JsonNode c : read(json, "arXiv_categories.json")) {
      String archive = c.path("archive").asText();
      String sub = c.path("subject_class").asText("");
      String code = sub.isEmpty() ? archive : archive + "." + sub;
      names.put(code, c.path("category_name").asText());
    }
    return new ArxivTaxonomy(names);
  }

  private static JsonNode read(ObjectMapper json, String file) {
    try (InputStream in = ArxivTaxonomy.class.getResourceAsStream("/arxiv/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks /arxiv/" + file);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read /arxiv/" + file, e);
    }
  }
}
