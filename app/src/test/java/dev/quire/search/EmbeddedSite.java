package dev.quire.search;

import dev.quire.app.Quire;
import dev.quire.paper.PaperStore;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A test site over papers of the caller's choosing, indexed and embedded with the fake model. */
public final class EmbeddedSite {
  private EmbeddedSite() {}

  /**
   * Opens a Quire on SQLite in {@code dir}, stores papers with {@code seed}, indexes and embeds.
   */
  public static Quire open(Path dir, Consumer<PaperStore> seed) {
    Quire quire = TestDb.SQLITE.open(dir);
    seed.accept(quire.paperStore());
    LuceneSearch search = quire.openSearch(new HashingEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
    return quire;
  }
}
