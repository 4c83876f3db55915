package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.ingest.ProgressListener;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages over three real days of Hugging Face daily papers: every link a reader can follow
 * works.
 */
class RealDataPagesTest {
  private static final Pattern LOCAL_LINK =
      Pattern.compile("href=\"(/(?:papers|organizations)/[^\"?]+)\"");

  @TempDir Path dir;

  @Test
  void everyPaperAndOrganisationLinkedFromTheNewestDayOpens() {
    Path days = SharedData.hfDailyPapers();
    try (Quire quire = TestDb.SQLITE.open(dir)) {
      quire
          .importer(ProgressListener.NONE)
          .importPaths(
              List.of(
                  days.resolve("2026-08-19.json"),
                  days.resolve("2026-08-20.json"),
                  days.resolve("2026-08-21.json")),
              null);
      JavalinTest.test(
          quire.web(),
          (server, client) -> {
            Response home = client.get("/");
            String html = home.body().string();
            assertThat(home.code()).isEqualTo(200);
            assertThat(html)
                .contains("Friday, August 21, 2026")
                .contains("EnvHarness: Awakening Static Worlds for Agent Learning")
                .contains("href=\"/papers?date=2026-08-20\" rel=\"prev\"");

            Set<String> links = new LinkedHashSet<>();
            Matcher m = LOCAL_LINK.matcher(html);
            while (m.find()) {
              links.add(m.group(1));
            }
            assertThat(links).anyMatch(l -> l.startsWith("/organizations/")).hasSizeGreaterThan(10);
            for (String link : links) {
              assertThat(client.get(link).code()).as(link).isEqualTo(200);
              if (link.startsWith("/papers/")) {
                assertThat(client.get(link + ".md").body().string())
                    .as(link + ".md")
                    .startsWith("# ");
              }
            }
            assertThat(client.get("/papers?week=2026-W34").code()).isEqualTo(200);
            assertThat(client.get("/papers?month=2026-08&sort=date").code()).isEqualTo(200);
          });
    }
  }
}
