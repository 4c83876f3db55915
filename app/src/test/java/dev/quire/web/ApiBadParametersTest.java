package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad query parameter of the JSON API is a 400 with a JSON error naming the parameter, never
 * a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadParametersTest {
  static final String TOO_LONG_USER =
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"; // 101 letters
  private Quire quire;

  @BeforeAll
  void openDatabase(@TempDir Path dir) {
    quire = TestDb.SQLITE.open(dir, DailyPapersApiTest.CLOCK);
    DailyPapersApiTest.seed(quire.paperStore());
  }

  @AfterAll
  void closeDatabase() {
    quire.close();
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/daily_papers?limit=abc                        | limit",
        "/api/daily_papers?limit=0                          | limit",
        "/api/daily_papers?limit=101                        | limit",
        "/api/daily_papers?limit=-5                         | limit",
        "/api/daily_papers?limit=99999999999999999999999    | limit",
        "/api/daily_papers?limit=1.5                        | limit",
        "/api/daily_papers?p=-1                             | p",
        "/api/daily_papers?p=abc                            | p",
        "/api/daily_papers?p=9999999999                     | p",
        "/api/daily_papers?date=2026-02-30                  | date",
        "/api/daily_papers?date=yesterday                   | date",
        "/api/daily_papers?date=2026-8-21                   | date",
        "/api/daily_papers?date=%2B999999999-12-31          | date",
        "/api/daily_papers?week=2026-W99                    | week",
        "/api/daily_papers?week=2026-W00                    | week",
        "/api/daily_papers?week=2026-34                     | week",
        "/api/daily_papers?month=2026-13                    | month",
        "/api/daily_papers?month=%2B999999999-12            | month",
        "/api/daily_papers?month=august                     | month",
        "/api/daily_papers?sort=foo                         | sort",
        "/api/daily_papers?sort=upvotes                     | sort",
        "/api/daily_papers?date=2026-08-21&week=2026-W34    | week",
        "/api/daily_papers?week=2026-W34&month=2026-08      | month",
        "/api/daily_papers?submitter=" + TOO_LONG_USER + " | submitter",
        "/api/daily_papers?submitter=%00                    | submitter",
        "/api/daily_papers?submitter=a%20b                  | submitter",
        "/api/daily_papers?submitter=%27%3B--               | submitter",
        "/api/papers?limit=0                                | limit",
        "/api/papers?limit=101                              | limit",
        "/api/papers?limit=ten                              | limit",
        "/api/papers?cursor=%25%25%25                       | cursor",
        "/api/papers?cursor=bm90IGFuIGlk                    | cursor",
        "/api/papers?cursor=MjYwOC4xMDAwMXYy                | cursor",
        "/api/papers/not-an-id                              | arXiv id",
        "/api/papers/2608.1                                 | arXiv id",
      })
  void aBadParameterIsA400JsonErrorThatNamesIt(String path, String named) {
    JavalinTest.test(
        quire.web(),
        (server, client) -> {
          String error = new ApiClient(client).error(path, 400);
          assertThat(error).contains(named);
        });
  }

  @ParameterizedTest(name = "{0} -> 400 quoting {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/daily_papers?limit=abc          | 'abc'",
        "/api/daily_papers?date=2026-02-30    | '2026-02-30'",
        "/api/daily_papers?week=2026-W99      | '2026-W99'",
        "/api/daily_papers?sort=foo           | 'foo'",
      })
  void theErrorQuotesTheBadValue(String path, String quoted) {
    JavalinTest.test(
        quire.web(),
        (server, client) -> assertThat(new ApiClient(client).error(path, 400)).contains(quoted));
  }
}
