package dev.quire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.paper.ArxivDates;
import dev.quire.paper.ArxivId;
import dev.quire.paper.ArxivText;
import dev.quire.paper.Author;
import dev.quire.paper.IncomingPaper;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps one record of the Kaggle arXiv metadata snapshot (JSON lines) to a paper. */
final class KaggleRecordMapper {
  private KaggleRecordMapper() {}

  static IncomingPaper map(JsonNode r) throws BadRecordException {
    String rawId = Fields.text(r, "id");
    if (rawId == null) {
      throw new BadRecordException("missing id");
    }
    String id =
        ArxivId.parse(rawId)
            .orElseThrow(() -> new BadRecordException("id is not an arXiv id: '" + rawId + "'"));
    String title = Fields.collapse(Fields.text(r, "title"));
    if (title == null) {
      throw new BadRecordException("paper " + id + ": missing title");
    }
    List<PaperVersion> versions = versions(r);
    Instant updateDate = updateDate(r);
    ArxivDates.Dated published =
        versions.isEmpty()
            ? ArxivDates.fromListing(id, updateDate)
            : new ArxivDates.Dated(versions.get(0).created(), true);
    Instant updated = versions.isEmpty() ? updateDate : versions.get(versions.size() - 1).created();
    List<String> categories = categories(Fields.text(r, "categories"));
    Paper paper =
        PaperBuilder.paper(id)
            .title(title)
            .abstractText(abstractText(Fields.text(r, "abstract")))
            .authors(authors(r))
            .categories(categories)
            .primaryCategory(categories.isEmpty() ? null : categories.get(0))
            .comments(Fields.collapse(Fields.text(r, "comments")))
            .doi(Fields.text(r, "doi"))
            .journalRef(Fields.collapse(Fields.text(r, "journal-ref")))
            .reportNo(Fields.text(r, "report-no"))
            .license(Fields.text(r, "license"))
            .submitter(Fields.text(r, "submitter"))
            .versions(versions)
            .published(published)
            .updatedAt(updated)
            .build();
    return new IncomingPaper(paper, null, null);
  }

  private static Instant updateDate(JsonNode r) throws BadRecordException {
    String s = Fields.text(r, "update_date");
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadRecordException("unparseable date in update_date: '" + s + "'");
    }
  }

  private static List<PaperVersion> versions(JsonNode r) throws BadRecordException {
    List<PaperVersion> out = new ArrayList<>();
    JsonNode list = r.get("versions");
    if (list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode v : list) {
      String label = Fields.text(v, "version");
      Integer n = label == null ? null : ArxivId.version(label).orElse(null);
      if (n == null || n < 1) {
        throw new BadRecordException("versions: bad version label '" + label + "'");
      }
      String created = Fields.text(v, "created");
      out.add(
          new PaperVersion(
              n,
              created == null ? null : Fields.rfc1123(created, "versions." + label + ".created")));
    }
    out.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return out;
  }

  private static List<String> categories(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split("\\s+")).filter(c -> !c.isBlank()).toList();
  }

  /** Unwraps arXiv's hard line breaks; a blank line or an indented line starts a new paragraph. */
  static String abstractText(String s) {
    return ArxivText.abstractText(s);
  }

  private static List<Author> authors(JsonNode r) {
    JsonNode parsed = r.get("authors_parsed");
    List<Author> out = new ArrayList<>();
    if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
      for (JsonNode a : parsed) {
        if (!a.isArray() || a.isEmpty()) {
          continue;
        }
        String last = a.get(0).asText("").strip();
        String first = a.size() > 1 ? a.get(1).asText("").strip() : "";
        String suffix = a.size() > 2 ? a.get(2).asText("").strip() : "";
        String name =
            String.join(
                " ", List.of(first, last, suffix).stream().filter(x -> !x.isEmpty()).toList());
        if (!name.isBlank()) {
          out.add(Author.named(name));
        }
      }
      return out;
    }
    for (String name : AuthorListSplitter.split(Fields.text(r, "authors"))) {
      out.add(Author.named(name));
    }
    return out;
  }
}
