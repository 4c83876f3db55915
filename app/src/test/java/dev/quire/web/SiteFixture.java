package dev.quire.web;

import dev.quire.app.Quire;
import dev.quire.paper.Author;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperStore;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small site for page tests: a few papers featured over two weeks of August 2026 and one day of
 * July. The August papers were all announced on arXiv on Tuesday 2026-08-18, so that day lists them
 * as announced; the July one was announced the day it was featured.
 */
final class SiteFixture {
  static final LocalDate JULY_30 = LocalDate.parse("2026-07-30");
  static final LocalDate WED = LocalDate.parse("2026-08-19");
  static final LocalDate THU = LocalDate.parse("2026-08-20");
  static final LocalDate FRI = LocalDate.parse("2026-08-21");
  static final LocalDate SAT = LocalDate.parse("2026-08-22");
  static final Organization GOOGLE =
      new Organization("google", "Google Research", "https://example.org/google.png", "5e6a");

  private SiteFixture() {}

  /**
   * Stores the fixture papers. The August ones were all announced on arXiv on Tuesday 2026-08-18
   * (so that day lists them as announced), the July one on the day it was featured.
   */
  static void seed(PaperStore repo) {
    Fixtures.feature(repo, Fixtures.paper("2608.10001", "Lanterns of Attention", 30), FRI, GOOGLE);
    Fixtures.feature(repo, Fixtures.paper("2608.10002", "Quiet Gradients", 3), FRI, null);
    Fixtures.feature(repo, Fixtures.paper("2608.10003", "Middle Path Decoding", 10), FRI, null);
    Fixtures.feature(
        repo, manyAuthors(Fixtures.paper("2608.10004", "Older Wednesday Work", 99)), WED, GOOGLE);
    Fixtures.feature(repo, Fixtures.paper("hep-th/9901001", "Strings of Old", 5), THU, null);
    Fixtures.feature(
        repo,
        Fixtures.paper("2607.20001", "July Retrospective", 7).toBuilder()
            .publishedAt(JULY_30.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC))
            .build(),
        JULY_30,
        null);
  }

  private static Paper manyAuthors(Paper p) {
    List<Author> authors = new ArrayList<>(p.authors());
    for (int i = 1; i <= 14; i++) {
      authors.add(Author.named("Coauthor Number" + i));
    }
    return p.toBuilder().authors(authors).build();
  }

  /**
   * Runs {@code test} against the app on a random port over a fresh SQLite database holding the
   * fixture.
   */
  static void run(Path dir, TestCase test) {
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      seed(quire.paperStore());
      JavalinTest.test(quire.web(), test);
    }
  }
}
