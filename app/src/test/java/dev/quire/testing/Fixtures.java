package dev.quire.testing;

import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperStore;
import dev.quire.paper.PaperVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made papers for tests that need exact values. */
public final class Fixtures {
  private Fixtures() {}

  /** A complete paper with every field set, featured by nobody yet. */
  public static Paper paper(String id, String title, int upvotes) {
    return PaperBuilder.paper(id)
        .title(title)
        .abstractText("Abstract of " + title + ". We study things carefully.")
        .authors(
            List.of(
                Author.named("Ada Lovelace"),
                new Author("Alan Turing", "aturing"),
                Author.named("Grace Hopper")))
        .categories(List.of("cs.LG", "cs.AI"))
        .primaryCategory("cs.LG")
        .versions(List.of(new PaperVersion(1, Instant.parse("2026-08-18T12:00:00Z"))))
        .publishedAt(Instant.parse("2026-08-18T12:00:00Z"))
        .updatedAt(Instant.parse("2026-08-18T12:00:00Z"))
        .upvotes(upvotes)
        .numComments(2)
        .aiSummary("A one-line summary of " + title + ".")
        .aiKeywords(List.of("testing", "fixtures"))
        .githubRepo("https://github.com/example/" + id)
        .githubStars(42)
        .projectPage("https://example.org/" + id)
        .build();
  }

  /** Stores {@code paper} featured on {@code day}, linked to {@code org} (may be null). */
  public static void feature(PaperStore repo, Paper paper, LocalDate day, Organization org) {
    feature(repo, paper, day, org, "akhaliq", "AK", "https://example.org/ak.png");
  }

  /** As above, submitted by the given user. */
  public static void feature(
      PaperStore repo,
      Paper paper,
      LocalDate day,
      Organization org,
      String submitter,
      String submitterName,
      String avatarUrl) {
    Paper p = org == null ? paper : paper.toBuilder().organization(org.name()).build();
    repo.writeBatch(
        org == null ? List.of() : List.of(org),
        List.of(p),
        List.of(
            new DailyEntry(
                p.id(),
                day,
                day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                submitter,
                submitterName,
                avatarUrl)));
  }
}
