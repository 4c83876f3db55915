package dev.quire.web;

import dev.quire.paper.Author;
import dev.quire.paper.Paper;
import dev.quire.web.view.Urls;
import java.util.stream.Collectors;

/** Writes a paper as a small Markdown document: title, authors, links and abstract. */
final class PaperMarkdown {
  private PaperMarkdown() {}

  /**
   * The document; {@code base} is the site's absolute base URL for the link back to the paper's
   * page.
   */
  static String of(Paper p, String base) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(oneLine(p.title())).append("\n\n");
    if (p.withdrawn()) {
      md.append("> **Withdrawn** on arXiv.\n\n");
    }
    if (!p.authors().isEmpty()) {
      md.append("**Authors:** ")
          .append(
              p.authors().stream()
                  .map(Author::name)
                  .map(PaperMarkdown::oneLine)
                  .collect(Collectors.joining(", ")))
          .append("\n\n");
    }
    md.append("- arXiv: <").append(p.absUrl()).append(">\n");
    md.append("- PDF: <").append(p.pdfUrl()).append(">\n");
    String github = Urls.external(p.githubRepo());
    if (github != null) {
      md.append("- GitHub: <").append(github).append(">");
      if (p.githubStars() != null) {
        md.append(" (").append(p.githubStars()).append(" stars)");
      }
      md.append('\n');
    }
    String project = Urls.external(p.projectPage());
    if (project != null) {
      md.append("- Project page: <").append(project).append(">\n");
    }
    md.append("- Quire: <").append(base).append(Urls.paper(p.id())).append(">\n");
    if (!p.categories().isEmpty()) {
      md.append("- Categories: ").append(String.join(", ", p.categories())).append('\n');
    }
    md.append("\n## Abstract\n\n").append(paragraphs(p.abstractText())).append('\n');
    if (p.aiSummary() != null && !p.aiSummary().isBlank()) {
      md.append("\n## AI summary\n\n").append(oneLine(p.aiSummary())).append('\n');
    }
    return md.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /**
   * Re-flows hard-wrapped lines (arXiv abstracts are wrapped at ~80 columns) but keeps blank-line
   * paragraphs.
   */
  private static String paragraphs(String s) {
    String[] parts = s.strip().split("\\n\\s*\\n");
    return java.util.Arrays.stream(parts)
        .map(PaperMarkdown::oneLine)
        .collect(Collectors.joining("\n\n"));
  }
}
