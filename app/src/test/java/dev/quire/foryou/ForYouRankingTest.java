package dev.quire.foryou;

import static dev.quire.foryou.ForYouCorpus.biology;
import static dev.quire.foryou.ForYouCorpus.compiler;
import static dev.quire.foryou.ForYouCorpus.quantum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.AuthenticatedUser;
import dev.quire.account.User;
import dev.quire.app.Quire;
import dev.quire.paper.Period;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** For you's ranking, reasons, "not interested" and seen marks, on both databases. */
class ForYouRankingTest {
  static final Period WEEK = Period.weekOf(ForYouCorpus.MONDAY);

  @TempDir Path dir;

  static User reader(Quire quire, String name) {
    quire.links().serverBound("127.0.0.1", 8080); // no server: links as if it ran on 8080
    return quire.accounts().signUp(name + "@example.org", name, "long enough secret");
  }

  static List<String> ids(List<Suggestion> s) {
    return s.stream().map(Suggestion::paperId).toList();
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aReaderOfTwoTopicsGetsBothTopicsAheadOfTheThird(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      quire.votes().set(ada.id(), quantum(1), true);
      quire.votes().set(ada.id(), compiler(1), true);

      List<String> top = ids(quire.forYou().forYou().papersFor(ada.id(), WEEK, 12));

      // the twelve papers of the two topics (the two upvoted ones included) before any biology
      List<String> twoTopics = new java.util.ArrayList<>();
      for (int n = 1; n <= 6; n++) {
        twoTopics.add(quantum(n));
        twoTopics.add(compiler(n));
      }
      assertThat(top).containsExactlyInAnyOrderElementsOf(twoTopics);
      assertThat(top).doesNotContain(biology(1), biology(6));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aNewUpvoteChangesTheRanking(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      quire.votes().set(ada.id(), quantum(1), true);
      assertThat(ids(quire.forYou().forYou().papersFor(ada.id(), WEEK, 3)))
          .allMatch(id -> id.startsWith("2608.201"));

      quire.votes().set(ada.id(), biology(1), true);
      quire.votes().set(ada.id(), biology(2), true);
      quire.votes().set(ada.id(), quantum(1), false);

      assertThat(ids(quire.forYou().forYou().papersFor(ada.id(), WEEK, 3)))
          .allMatch(id -> id.startsWith("2608.203"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void notInterestedRemovesThePaperAndLowersSimilarOnes(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      ForYou forYou = quire.forYou().forYou();
      quire.votes().set(ada.id(), quantum(1), true);
      quire.votes().set(ada.id(), compiler(1), true);
      double before = score(forYou.papersFor(ada.id(), WEEK, 50), quantum(3));

      forYou.dismiss(ada.id(), quantum(2));

      List<Suggestion> after = forYou.papersFor(ada.id(), WEEK, 50);
      assertThat(ids(after)).doesNotContain(quantum(2));
      assertThat(score(after, quantum(3))).isLessThan(before);
      assertThat(score(after, compiler(3)))
          .isEqualTo(score(forYou.papersFor(ada.id(), WEEK, 50), compiler(3)));
      forYou.undismiss(ada.id(), quantum(2));
      assertThat(ids(forYou.papersFor(ada.id(), WEEK, 50))).contains(quantum(2));
    }
  }

  private static double score(List<Suggestion> s, String id) {
    return s.stream().filter(x -> x.paperId().equals(id)).findFirst().orElseThrow().score();
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void explanationsNameTheUpvotedPaperTheFollowedAuthorAndTheSavedSearch(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      quire.votes().set(ada.id(), quantum(1), true);
      var c =
          quire.collections().create(new AuthenticatedUser(ada, "", false), "Kernels", "", false);
      quire.collections().add(new AuthenticatedUser(ada, "", false), c.id(), compiler(1));
      quire.forYou().follows().follow(ada.id(), FollowKind.AUTHOR, "Berta Protein", List.of());
      quire
          .forYou()
          .follows()
          .follow(ada.id(), FollowKind.SEARCH, "\"membrane enzymes\" cat:q-bio", List.of());

      List<Suggestion> s = quire.forYou().forYou().papersFor(ada.id(), WEEK, 50);

      assertThat(reasons(s, quantum(4)))
          .contains("like “Quantum spin liquid in the Hubbard lattice model 1” you upvoted");
      assertThat(reasons(s, compiler(4)))
          .contains("like “Compiler passes for fused GPU kernels 1” in your collection Kernels");
      assertThat(reasons(s, biology(3)))
          .containsExactly(
              "by “Berta Protein”, an author you follow",
              "matches your search “\"membrane enzymes\" cat:q-bio”");
    }
  }

  private static List<String> reasons(List<Suggestion> s, String id) {
    return s.stream()
        .filter(x -> x.paperId().equals(id))
        .findFirst()
        .orElseThrow()
        .reasons()
        .stream()
        .map(Reason::text)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void eachPaperIsNewOnlyTheFirstTimeItIsShown(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      ForYou forYou = quire.forYou().forYou();
      assertThat(forYou.show(ada.id(), Period.day(ForYouCorpus.MONDAY), 50))
          .isNotEmpty()
          .allMatch(Suggestion::isNew);
      assertThat(forYou.show(ada.id(), WEEK, 50))
          .filteredOn(Suggestion::isNew)
          .extracting(Suggestion::paperId)
          .doesNotContain(quantum(1), compiler(1), biology(1))
          .contains(quantum(2));
      assertThat(forYou.show(ada.id(), WEEK, 50)).noneMatch(Suggestion::isNew);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aReaderWithNothingYetSeesPopularPapersFirstAndSaysSo(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = reader(quire, "ada");
      List<Suggestion> s = quire.forYou().forYou().papersFor(ada.id(), WEEK, 50);
      assertThat(s).hasSize(18);
      assertThat(s.get(0).reasons())
          .extracting(Reason::text)
          .containsExactly("popular this period: “6 upvotes”");
    }
  }
}
