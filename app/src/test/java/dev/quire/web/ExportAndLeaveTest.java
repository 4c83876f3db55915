package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.mydata.AccountDataRepository;
import dev.quire.testing.TestDb;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A reader downloads all their data and their collections, and deletes their account; on SQLite and
 * PostgreSQL.
 */
class ExportAndLeaveTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aReadersExportHoldsAllTheirDataAndNothingOfAnotherReaders(TestDb db) throws Exception {
    try (Site site = Site.start(dir, db, Map.of())) {
      Visitor ada = site.member("ada");
      Visitor bob = site.member("bob");
      for (Visitor v : List.of(ada, bob)) {
        String who = v == ada ? "ada" : "bob";
        String paper = v == ada ? "2608.10001" : "2608.10002";
        v.get("/papers/" + paper);
        v.submit("/papers/" + paper + "/vote");
        v.submit("/papers/" + paper + "/comments", "body", "comment by " + who);
        String c = Members.collection(v, who + "'s list", "private");
        v.get("/collections/" + c);
        v.submit("/collections/" + c + "/papers", "paper", paper);
        Members.apiToken(v);
      }

      Visitor.Page page = ada.get("/settings/data/export.json");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.header("Content-Disposition")).contains("quire-ada.json");
      JsonNode export = ApiClient.JSON.readTree(page.body());
      assertThat(export.at("/account/name").asText()).isEqualTo("ada");
      assertThat(export.at("/account/email").asText()).isEqualTo("ada@example.org");
      assertThat(export.at("/votes/0/paperId").asText()).isEqualTo("2608.10001");
      assertThat(export.at("/comments/0/body").asText()).isEqualTo("comment by ada");
      assertThat(export.at("/collections/0/name").asText()).isEqualTo("ada's list");
      assertThat(export.at("/collections/0/papers/0/paperId").asText()).isEqualTo("2608.10001");
      assertThat(export.at("/apiTokens/0/name").asText()).isEqualTo("client test");
      assertThat(page.body())
          .doesNotContain("bob")
          .doesNotContain("2608.10002")
          .doesNotContain("password")
          .doesNotContain("quire_"); // no token secrets

      String bib = ada.get("/settings/data/collections.bib").body();
      assertThat(bib).contains("@misc{").contains("Lanterns of Attention").doesNotContain("Quiet");
      JsonNode csl = ApiClient.JSON.readTree(ada.get("/settings/data/collections.csl.json").body());
      assertThat(csl.size()).isEqualTo(1);
      assertThat(csl.at("/0/id").asText()).isEqualTo("arXiv:2608.10001");
      assertThat(csl.at("/0/type").asText()).isEqualTo("article");
      assertThat(csl.at("/0/author/0/family").asText()).isEqualTo("Lovelace");
      assertThat(csl.at("/0/issued/date-parts/0/0").asInt()).isEqualTo(2026);

      assertThat(site.visitor().get("/settings/data/export.json").status()).isIn(302, 303, 401);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void deletingAnAccountRemovesItsVotesCommentsAndCollectionsAndSignsItOut(TestDb db)
      throws Exception {
    try (Site site = Site.start(dir, db, Map.of())) {
      Visitor ada = site.member("ada");
      Visitor bob = site.member("bob");
      ada.get("/papers/2608.10001");
      ada.submit("/papers/2608.10001/vote");
      ada.submit("/papers/2608.10001/comments", "body", "ada was here");
      bob.get("/papers/2608.10001");
      bob.submit("/papers/2608.10001/comments", "body", "bob stays");
      String list = Members.collection(ada, "Public list", "public");
      ada.get("/collections/" + list);
      ada.submit("/collections/" + list + "/papers", "paper", "2608.10001");
      String token = Members.apiToken(ada);
      JsonNode before =
          ApiClient.JSON.readTree(site.visitor().get("/api/papers/2608.10001").body());

      ada.get("/settings/data");
      assertThat(ada.submit("/settings/data/delete", "confirm", "not-ada").status()).isEqualTo(400);
      Visitor.Page deleted = ada.submit("/settings/data/delete", "confirm", "ada");
      assertThat(deleted.status()).isEqualTo(200);
      assertThat(deleted.body()).contains("Account deleted");

      assertThat(ada.get("/settings").status()).isIn(302, 303);
      Visitor.Page withToken =
          site.visitor()
              .send(
                  HttpRequest.newBuilder(URI.create(site.base + "/api/papers/2608.10001"))
                      .header("Authorization", "Bearer " + token));
      assertThat(withToken.status()).isEqualTo(401);
      assertThat(site.visitor().get("/collections/" + list).status()).isEqualTo(404);
      JsonNode after = ApiClient.JSON.readTree(site.visitor().get("/api/papers/2608.10001").body());
      assertThat(after.get("upvotes").asInt()).isEqualTo(before.get("upvotes").asInt() - 1);
      String comments = site.visitor().get("/api/papers/2608.10001/comments").body();
      assertThat(comments).contains("bob stays").doesNotContain("ada was here");
      // the address and name are free again
      site.member("ada");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void everyColumnOfTheSchemaThatRefersToUsersIsHandledByExportAndErase(TestDb db)
      throws Exception {
    try (Site site = Site.start(dir, db, Map.of())) {
      List<String> found = new ArrayList<>();
      var config = site.quire.config();
      String url =
          config.jdbcUrl() == null || config.jdbcUrl().isBlank()
              ? "jdbc:sqlite:" + config.dataDir().resolve("quire.db")
              : config.jdbcUrl();
      try (Connection c = DriverManager.getConnection(url, config.dbUser(), config.dbPassword())) {
        DatabaseMetaData meta = c.getMetaData();
        String schema = db == TestDb.POSTGRES ? c.getSchema() : null;
        try (ResultSet cols = meta.getColumns(null, schema, "%", "%")) {
          while (cols.next()) {
            String table = cols.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
            String column = cols.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
            if (!table.equals("users")
                && (column.equals("user_id")
                    || column.endsWith("_user_id")
                    || column.equals("submitted_by"))) {
              found.add(table + "." + column);
            }
          }
        }
      }
      assertThat(found)
          .as("columns referring to users; add new ones to AccountDataRepository")
          .isNotEmpty()
          .allSatisfy(
              col -> assertThat(Set.copyOf(AccountDataRepository.USER_COLUMNS)).contains(col));
    }
  }
}
