package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.app.Quire;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.ProgressListener;
import dev.quire.testing.SharedData;
import dev.quire.testing.TestDb;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports real Hugging Face daily_papers responses and checks that /api/daily_papers serves them
 * back in HF's shape: same papers, same order, and every field we send carries HF's value.
 *
 * <p>HF fields Quire omits because it does not store them (see {@link HfJson}): {@code _id} of
 * authors, users and organisations-as-users, {@code discussionId}, {@code mediaUrls}, {@code
 * githubRepoAddedBy}, {@code ai_summary_model}, {@code thumbnail}, {@code submitterOrganization},
 * author {@code status} and {@code statusLastChangedAt}, and the user flags {@code isPro}, {@code
 * isHf}, {@code isHfAdmin}, {@code isMod}, {@code followerCount}, {@code isUserFollowing}, plus the
 * {@code avatarUrl}/{@code fullname} of authors' users.
 */
class HfDailyPapersShapeTest {
  /** Per kind of object, the HF fields we knowingly leave out. */
  static final Map<String, Set<String>> OMITTED =
      Map.of(
          "entry", Set.of("thumbnail", "mediaUrls", "mediaUrl", "submitterOrganization"),
          "paper", Set.of("discussionId", "mediaUrls", "githubRepoAddedBy", "ai_summary_model"),
          "author", Set.of("_id", "status", "statusLastChangedAt"),
          "user",
              Set.of(
                  "_id",
                  "isPro",
                  "isHf",
                  "isHfAdmin",
                  "isMod",
                  "followerCount",
                  "isUserFollowing",
                  "avatarUrl",
                  "fullname"),
          "organization", Set.of());

  @TempDir Path dir;

  private void withImportedDay(TestDb db, String day, Consumer<ApiClient> test) {
    Path file = SharedData.hfDailyPapers().resolve(day + ".json");
    try (Quire q = db.open(dir)) {
      ImportSummary summary = q.importer(ProgressListener.NONE).importPaths(List.of(file), null);
      assertThat(summary.rejects()).as("rejects importing %s", file).isEmpty();
      JavalinTest.test(q.web(), (server, client) -> test.accept(new ApiClient(client)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aRealDayIsServedBackWithHfsPapersInHfsOrderAndHfsValues(TestDb db) throws IOException {
    JsonNode hf =
        ApiClient.JSON.readTree(SharedData.hfDailyPapers().resolve("2026-08-21.json").toFile());
    withImportedDay(
        db,
        "2026-08-21",
        api -> {
          JsonNode ours = api.ok("/api/daily_papers?date=2026-08-21&limit=100");
          // HF lists most upvoted first; this day has no tie that our tie-break (newer id first)
          // orders otherwise
          assertThat(ApiClient.dailyIds(ours)).containsExactlyElementsOf(ApiClient.dailyIds(hf));

          SoftAssertions soft = new SoftAssertions();
          for (int i = 0; i < hf.size(); i++) {
            JsonNode o = ours.get(i);
            JsonNode h = hf.get(i);
            String at = "entry " + i + " (" + h.at("/paper/id").asText() + ")";
            // what a client reads most, spelled out
            for (String ptr :
                List.of(
                    "/paper/title",
                    "/paper/summary",
                    "/paper/upvotes",
                    "/paper/publishedAt",
                    "/paper/submittedOnDailyAt",
                    "/paper/githubRepo",
                    "/paper/githubStars",
                    "/paper/projectPage",
                    "/paper/ai_summary",
                    "/paper/ai_keywords",
                    "/paper/organization/name",
                    "/paper/organization/fullname",
                    "/paper/submittedOnDailyBy/user",
                    "/publishedAt",
                    "/title",
                    "/summary",
                    "/numComments",
                    "/submittedBy/name",
                    "/submittedBy/fullname",
                    "/organization/name",
                    "/organization/fullname",
                    "/isAuthorParticipating")) {
              soft.assertThat(o.at(ptr)).as(at + ptr).isEqualTo(h.at(ptr));
            }
            soft.assertThat(names(o.at("/paper/authors")))
                .as(at + " author names")
                .containsExactlyElementsOf(names(h.at("/paper/authors")));
            // and generally: every field we send exists in HF's entry with the same value (except
            // the paper fields repeated at the top level for huggingface_hub's PaperInfo, which
            // HfHubClientContractTest checks equal the paper's) ...
            sameWhereWeHaveIt(soft, withoutTopLevelCopies(o), h, at);
            // ... and every HF field we do not send is one we knowingly omit
            onlyKnownOmissions(soft, o, h, "entry", at);
          }
          soft.assertAll();
        });
  }

  @Test
  void anOlderHfDayWithFewerFieldsKeepsItsPapersOrderAndValues() throws IOException {
    JsonNode hf =
        ApiClient.JSON.readTree(SharedData.hfDailyPapers().resolve("2024-06-03.json").toFile());
    withImportedDay(
        TestDb.SQLITE,
        "2024-06-03",
        api -> {
          JsonNode ours = api.ok("/api/daily_papers?date=2024-06-03");
          List<JsonNode> expected = new ArrayList<>();
          hf.forEach(expected::add);
          // HF's order among equal upvotes follows no rule we can see; ours puts the newer id first
          expected.sort(
              Comparator.comparingInt((JsonNode e) -> -e.at("/paper/upvotes").asInt())
                  .thenComparing(e -> e.at("/paper/id").asText(), Comparator.reverseOrder()));
          assertThat(ApiClient.dailyIds(ours))
              .containsExactlyElementsOf(
                  expected.stream().map(e -> e.at("/paper/id").asText()).toList());

          SoftAssertions soft = new SoftAssertions();
          for (int i = 0; i < expected.size(); i++) {
            JsonNode o = ours.get(i);
            JsonNode h = expected.get(i);
            String at = h.at("/paper/id").asText();
            soft.assertThat(o.at("/paper/title").asText())
                .as(at)
                .isEqualTo(h.at("/title").asText());
            soft.assertThat(o.at("/paper/summary")).as(at).isEqualTo(h.at("/paper/summary"));
            soft.assertThat(o.at("/paper/upvotes")).as(at).isEqualTo(h.at("/paper/upvotes"));
            soft.assertThat(o.at("/paper/publishedAt"))
                .as(at)
                .isEqualTo(h.at("/paper/publishedAt"));
            soft.assertThat(o.at("/numComments")).as(at).isEqualTo(h.at("/numComments"));
            // before HF had submittedOnDailyAt, the entry's publishedAt was the time it was put on
            // the list
            soft.assertThat(o.at("/paper/submittedOnDailyAt"))
                .as(at)
                .isEqualTo(h.at("/publishedAt"));
            soft.assertThat(names(o.at("/paper/authors")))
                .as(at)
                .containsExactlyElementsOf(names(h.at("/paper/authors")));
            soft.assertThat(users(o.at("/paper/authors")))
                .as(at)
                .containsExactlyElementsOf(users(h.at("/paper/authors")));
          }
          soft.assertAll();
        });
  }

  private static List<String> names(JsonNode authors) {
    List<String> out = new ArrayList<>();
    authors.forEach(a -> out.add(a.path("name").asText()));
    return out;
  }

  private static List<String> users(JsonNode authors) {
    List<String> out = new ArrayList<>();
    authors.forEach(a -> out.add(a.at("/user/user").asText(null)));
    return out;
  }

  /**
   * Every field of {@code ours} is in {@code hf} with an equal value (arrays: same length,
   * element-wise).
   */
  private static void sameWhereWeHaveIt(
      SoftAssertions soft, JsonNode ours, JsonNode hf, String at) {
    if (ours.isObject()) {
      for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        soft.assertThat(hf.has(f)).as("%s has HF field %s", at, f).isTrue();
        if (hf.has(f)) {
          sameWhereWeHaveIt(soft, ours.get(f), hf.get(f), at + "/" + f);
        }
      }
    } else if (ours.isArray() && ours.size() > 0 && ours.get(0).isObject()) {
      soft.assertThat(ours.size()).as(at + " length").isEqualTo(hf.size());
      for (int i = 0; i < Math.min(ours.size(), hf.size()); i++) {
        sameWhereWeHaveIt(soft, ours.get(i), hf.get(i), at + "/" + i);
      }
    } else {
      soft.assertThat(ours).as(at).isEqualTo(hf);
    }
  }

  /** Every HF field missing from {@code ours} is in {@link #OMITTED} for this kind of object. */
  private static void onlyKnownOmissions(
      SoftAssertions soft, JsonNode ours, JsonNode hf, String kind, String at) {
    for (Iterator<String> it = hf.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!ours.has(f)) {
        soft.assertThat(OMITTED.get(kind))
            .as("%s: HF field %s is neither sent nor listed as omitted", at, f)
            .contains(f);
      } else if (hf.get(f).isObject()) {
        onlyKnownOmissions(soft, ours.get(f), hf.get(f), kindOf(f), at + "/" + f);
      } else if (f.equals("authors")) {
        for (int i = 0; i < Math.min(ours.get(f).size(), hf.get(f).size()); i++) {
          onlyKnownOmissions(
              soft, ours.get(f).get(i), hf.get(f).get(i), "author", at + "/authors/" + i);
        }
      }
    }
  }

  /** The entry without the copies of paper fields that PaperInfo reads at the top level. */
  private static JsonNode withoutTopLevelCopies(JsonNode entry) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        (com.fasterxml.jackson.databind.node.ObjectNode) entry.deepCopy();
    copy.remove(List.of("ai_summary", "ai_keywords", "projectPage", "githubRepo", "githubStars"));
    return copy;
  }

  private static String kindOf(String field) {
    return switch (field) {
      case "paper" -> "paper";
      case "organization" -> "organization";
      default -> "user"; // submittedBy, submittedOnDailyBy, an author's user
    };
  }
}
