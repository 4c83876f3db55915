package dev.quire.collection;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Writes papers as BibTeX {@code @misc} entries keyed by their arXiv id. */
public final class BibTexWriter {

  /** One {@code @misc} entry per paper, in order, separated by blank lines. */
  public String write(List<Paper> papers) {
    StringBuilder out = new StringBuilder();
    for (Paper p : papers) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      entry(out, p);
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, Paper p) {
    out.append("@misc{").append(key(p.id())).append(",\n");
    field(out, "title", p.title());
    if (!p.authors().isEmpty()) {
      field(
          out,
          "author",
          p.authors().stream().map(Author::name).collect(Collectors.joining(" and ")));
    }
    if (p.publishedAt() != null) {
      field(out, "year", Integer.toString(p.publishedAt().atZone(ZoneOffset.UTC).getYear()));
    }
    field(out, "eprint", p.id());
    field(out, "archivePrefix", "arXiv");
    if (p.primaryCategory() != null && !p.primaryCategory().isBlank()) {
      field(out, "primaryClass", p.primaryCategory());
    }
    field(out, "url", p.absUrl());
    out.append("}\n");
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
  }

  /** A citation key: the arXiv id with anything BibTeX would choke on replaced by '-'. */
  static String key(String id) {
    return id.replaceAll("[^A-Za-z0-9./:_-]", "-");
  }

  /**
   * The value with braces, backslashes and TeX's special characters escaped, and whitespace
   * (newlines included) collapsed to single spaces, so that it cannot end its field or entry.
   */
  static String escape(String value) {
    String v = value.replaceAll("\\s+", " ").strip();
    StringBuilder b = new StringBuilder(v.length() + 16);
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(ch);
        case '^' -> b.append("\\^{}");
        case '~' -> b.append("\\~{}");
        default -> {
          if (!Character.isISOControl(ch)) {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
