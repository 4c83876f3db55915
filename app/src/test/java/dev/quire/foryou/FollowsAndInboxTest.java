package dev.quire.foryou;

import static dev.quire.foryou.ForYouCorpus.biology;
import static dev.quire.foryou.ForYouCorpus.compiler;
import static dev.quire.foryou.ForYouCorpus.quantum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.account.AuthenticatedUser;
import dev.quire.account.User;
import dev.quire.app.Quire;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Follows of every kind, author pages and the inbox, on both databases. */
class FollowsAndInboxTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void everyKindCanBeFollowedAndUnfollowed(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = ForYouRankingTest.reader(quire, "ada");
      User bob = ForYouRankingTest.reader(quire, "bob");
      var list =
          quire.collections().create(new AuthenticatedUser(bob, "", false), "Kernels", "", true);
      Follows follows = quire.forYou().follows();

      follows.follow(ada.id(), FollowKind.AUTHOR, "Nadia Quantum", List.of("N. Quantum", "Bob X"));
      follows.follow(ada.id(), FollowKind.ORGANIZATION, "qlab", List.of());
      follows.follow(ada.id(), FollowKind.CATEGORY, "cs", List.of());
      follows.follow(ada.id(), FollowKind.SEARCH, "\"membrane enzymes\" after:2026-08", List.of());
      follows.follow(ada.id(), FollowKind.COLLECTION, list.id(), List.of());

      assertThat(follows.of(ada.id()))
          .extracting(f -> f.kind().code() + ":" + f.label())
          .containsExactlyInAnyOrder(
              "author:Nadia Quantum",
              "organization:qlab",
              "category:cs",
              "search:\"membrane enzymes\" after:2026-08",
              "collection:Kernels by bob");
      assertThat(follows.of(ada.id()))
          .filteredOn(f -> f.kind() == FollowKind.AUTHOR)
          .singleElement()
          .satisfies(f -> assertThat(f.variants()).containsExactly("N. Quantum"));
      assertThat(follows.of(bob.id())).isEmpty();

      for (FollowKind kind : FollowKind.values()) {
        String key =
            follows.of(ada.id()).stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow()
                .key();
        assertThat(follows.unfollow(ada.id(), kind, key)).isTrue();
        assertThat(follows.follows(ada.id(), kind, key)).isFalse();
      }
      assertThat(follows.of(ada.id())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void badFollowsAreRefusedNamingTheValue(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = ForYouRankingTest.reader(quire, "ada");
      User bob = ForYouRankingTest.reader(quire, "bob");
      var secret =
          quire.collections().create(new AuthenticatedUser(bob, "", false), "Secret", "", false);
      Follows follows = quire.forYou().follows();
      assertThatThrownBy(
              () -> follows.follow(ada.id(), FollowKind.ORGANIZATION, "nowhere", List.of()))
          .hasMessageContaining("'nowhere'");
      assertThatThrownBy(() -> follows.follow(ada.id(), FollowKind.CATEGORY, "cs..CL!", List.of()))
          .hasMessageContaining("'cs..CL!'");
      assertThatThrownBy(
              () -> follows.follow(ada.id(), FollowKind.SEARCH, "x after:yesterday", List.of()))
          .hasMessageContaining("'yesterday'");
      assertThatThrownBy(
              () -> follows.follow(ada.id(), FollowKind.COLLECTION, secret.id(), List.of()))
          .hasMessageContaining("no public collection");
      assertThatThrownBy(() -> FollowKind.parse("planet")).hasMessageContaining("'planet'");
      assertThat(follows.of(ada.id())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void anAuthorPageListsPapersNewestFirstWithCoauthorsOrganisationsAndVariants(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      Follows.AuthorPage page = quire.forYou().follows().author("Nadia Quantum", 0, 2);
      assertThat(page.paperIds()).containsExactly(quantum(6), quantum(5));
      assertThat(page.more()).isTrue();
      assertThat(page.coauthors())
          .extracting(Follows.NameVariant::name)
          .containsExactly("N. Quantum", "Piotr Lattice");
      assertThat(page.organizations())
          .extracting(Follows.NameVariant::name)
          .containsExactly("qlab");
      assertThat(page.variants())
          .extracting(Follows.NameVariant::name)
          .containsExactly("N. Quantum");
      assertThat(quire.forYou().follows().author("Nobody Atall", 0, 10)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void theInboxCountsUnreadPapersAndMarksThemRead(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = ForYouRankingTest.reader(quire, "ada");
      Inbox inbox = quire.forYou().inbox();
      assertThat(inbox.items(ada.id())).isEmpty();
      quire.forYou().follows().follow(ada.id(), FollowKind.CATEGORY, "cs.PL", List.of());
      quire.forYou().follows().follow(ada.id(), FollowKind.AUTHOR, "Berta Protein", List.of());
      inbox.changed(ada.id());

      List<Inbox.Item> items = inbox.items(ada.id());
      assertThat(items).hasSize(12);
      assertThat(items.get(0).paperId()).isIn(compiler(6), biology(6));
      assertThat(items).extracting(Inbox.Item::paperId).doesNotContain(quantum(1));
      assertThat(inbox.unreadCount(ada.id())).isEqualTo(12);

      inbox.markRead(ada.id(), List.of(compiler(6)));
      assertThat(inbox.unreadCount(ada.id())).isEqualTo(11);
      assertThat(inbox.items(ada.id()))
          .filteredOn(Inbox.Item::read)
          .extracting(Inbox.Item::paperId)
          .containsExactly(compiler(6));
      inbox.markUnread(ada.id(), compiler(6));
      assertThat(inbox.unreadCount(ada.id())).isEqualTo(12);
      assertThat(inbox.markAllRead(ada.id())).isEqualTo(12);
      assertThat(inbox.unreadCount(ada.id())).isZero();
      User bob = ForYouRankingTest.reader(quire, "bob");
      assertThat(inbox.items(bob.id())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void feedSecretsFindTheirReaderUntilReset(TestDb db) {
    try (Quire quire = db.open(dir)) {
      User ada = ForYouRankingTest.reader(quire, "ada");
      FeedSecrets secrets = quire.forYou().feedSecrets();
      String first = secrets.reset(ada.id());
      assertThat(secrets.userOf(first)).contains(ada.id());
      String second = secrets.reset(ada.id());
      assertThat(secrets.userOf(first)).isEmpty();
      assertThat(secrets.userOf(second)).contains(ada.id());
      assertThat(secrets.userOf("short")).isEmpty();
    }
  }
}
