package dev.quire.search;

import dev.quire.app.Quire;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;

/** The search corpus served by a test site, indexed and embedded (fake model) before it starts. */
public final class SearchSite {
  private SearchSite() {}

  /** Opens a Quire over the search corpus with its index ready. */
  public static Quire open(Path dir) {
    Quire quire = TestDb.SQLITE.open(dir);
    SearchCorpus.store(quire.paperStore());
    LuceneSearch search = quire.openSearch(new HashingEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
    return quire;
  }

  /** Runs {@code test} against the site. */
  public static void run(Path dir, TestCase test) {
    try (Quire quire = open(dir)) {
      JavalinTest.test(quire.web(), test);
    }
  }
}
