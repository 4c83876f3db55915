package dev.quire.web;

import static dev.quire.web.ApiClient.dailyIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import dev.quire.paper.Paper;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real 70,556-paper physics listing, imported alone (no Hugging Face files): ~30 s. */
class PhysicsListingFeedTest {
  @TempDir Path dir;

  private static int total(String html) {
    Matcher m = Pattern.compile("Papers 1–50 of ([0-9,]+)").matcher(html);
    assertThat(m.find()).as("a paged list with its total").isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  @Test
  void theHomeWeekMonthFeedAndApiShowTheAnnouncedPhysicsPapers() {
    try (Quire q = TestDb.SQLITE.open(dir)) {
      ImportSummary s =
          q.importer(ProgressListener.NONE)
              .importPaths(
                  List.of(SharedData.require("arxiv/arxiv-listings-physics.kaggle.jsonl.gz")),
                  null);
      assertThat(s.imported()).isEqualTo(70_556);
      // the example: listed with a 2025 update date, announced in April 2024
      Paper late = q.papers().find("2404.17633").orElseThrow();
      assertThat(late.publishedAt()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
      assertThat(late.publishedDayUnknown()).isTrue();
      JavalinTest.test(
          q.web(),
          (server, client) -> {
            String home = client.get("/").body().string();
            assertThat(home).doesNotContain("No papers").contains("class=\"card\"");
            String march = client.get("/papers?month=2026-03").body().string();
            assertThat(total(march)).isGreaterThan(3_000);
            assertThat(march).contains("cond-mat").contains("quant-ph");
            String week = client.get("/papers?week=2026-W10").body().string();
            assertThat(total(week)).isGreaterThan(500);
            assertThat(client.get("/papers?date=2026-03-04&cat=cond-mat.str-el").body().string())
                .contains("Strongly Correlated Electrons")
                .contains("class=\"card\"");
            assertThat(client.get("/feed/daily.atom").body().string()).contains("<entry>");
            ApiClient api = new ApiClient(client);
            assertThat(dailyIds(api.ok("/api/daily_papers?date=2026-03-04"))).hasSize(50);
            assertThat(dailyIds(api.ok("/api/daily_papers"))).isNotEmpty();
          });
    }
  }
}
