package dev.quire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.paper.ArxivId;
import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.IncomingPaper;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one entry of a Hugging Face {@code daily_papers} response to a paper, organisation and daily
 * entry.
 */
final class HfEntryMapper {
  private HfEntryMapper() {}

  /**
   * Maps one entry; {@code listedOn} is the day of the daily list the entry was read from when
   * known (it wins over the entry's own timestamps, which are often the evening before in UTC),
   * else null.
   */
  static IncomingPaper map(JsonNode entry, LocalDate listedOn) throws BadRecordException {
    JsonNode p = entry.get("paper");
    if (p == null || !p.isObject()) {
      throw new BadRecordException("missing paper object");
    }
    String rawId = Fields.text(p, "id");
    if (rawId == null) {
      throw new BadRecordException("missing paper.id");
    }
    String id =
        ArxivId.parse(rawId)
            .orElseThrow(
                () -> new BadRecordException("paper.id is not an arXiv id: '" + rawId + "'"));
    String title =
        Fields.collapse(firstNonNull(Fields.text(p, "title"), Fields.text(entry, "title")));
    if (title == null) {
      throw new BadRecordException("paper " + id + ": missing title");
    }
    String summary = firstNonNull(Fields.text(p, "summary"), Fields.text(entry, "summary"));
    Organization org = organization(firstObject(entry.get("organization"), p.get("organization")));

    Paper paper =
        PaperBuilder.paper(id)
            .title(title)
            .abstractText(summary == null ? "" : summary)
            .authors(authors(p))
            .publishedAt(Fields.instant(p, "publishedAt"))
            .upvotes(orZero(Fields.integer(p, "upvotes")))
            .numComments(orZero(Fields.integer(entry, "numComments")))
            .aiSummary(Fields.text(p, "ai_summary"))
            .aiKeywords(Fields.strings(p, "ai_keywords"))
            .githubRepo(Fields.text(p, "githubRepo"))
            .githubStars(Fields.integer(p, "githubStars"))
            .projectPage(Fields.text(p, "projectPage"))
            .organization(org == null ? null : org.name())
            .build();
    return new IncomingPaper(paper, org, dailyEntry(id, entry, p, listedOn));
  }

  private static DailyEntry dailyEntry(String id, JsonNode entry, JsonNode p, LocalDate listedOn)
      throws BadRecordException {
    Instant onDaily = Fields.instant(p, "submittedOnDailyAt");
    Instant entryPublished = Fields.instant(entry, "publishedAt");
    Instant day = onDaily != null ? onDaily : entryPublished;
    if (day == null && listedOn == null) {
      return null;
    }
    LocalDate featuredOn = listedOn != null ? listedOn : day.atZone(ZoneOffset.UTC).toLocalDate();
    JsonNode by = firstObject(entry.get("submittedBy"), p.get("submittedOnDailyBy"));
    String user =
        by == null ? null : firstNonNull(Fields.text(by, "name"), Fields.text(by, "user"));
    return new DailyEntry(
        id,
        featuredOn,
        onDaily != null ? onDaily : entryPublished,
        user,
        by == null ? null : Fields.text(by, "fullname"),
        by == null ? null : Fields.text(by, "avatarUrl"));
  }

  private static List<Author> authors(JsonNode p) {
    List<Author> out = new ArrayList<>();
    JsonNode list = p.get("authors");
    if (list != null && list.isArray()) {
      for (JsonNode a : list) {
        String name = Fields.text(a, "name");
        if (name != null) {
          JsonNode user = a.get("user");
          out.add(
              new Author(Fields.collapse(name), user == null ? null : Fields.text(user, "user")));
        }
      }
    }
    return out;
  }

  private static Organization organization(JsonNode o) {
    if (o == null) {
      return null;
    }
    String name = Fields.text(o, "name");
    return name == null
        ? null
        : new Organization(
            name, Fields.text(o, "fullname"), Fields.text(o, "avatar"), Fields.text(o, "_id"));
  }

  private static JsonNode firstObject(JsonNode a, JsonNode b) {
    if (a != null && a.isObject()) {
      return a;
    }
    return b != null && b.isObject() ? b : null;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }
}
