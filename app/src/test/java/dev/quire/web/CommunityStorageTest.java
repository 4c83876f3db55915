package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.AuthenticatedUser;
import dev.quire.account.User;
import dev.quire.app.Quire;
import dev.quire.comment.Comment;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The account, vote and comment SQL on both databases. */
class CommunityStorageTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void accountsVotesAndCommentsWorkTheSameOnEveryDatabase(TestDb db) {
    try (Quire quire = db.open(dir)) {
      SiteFixture.seed(quire.paperStore());
      User ada = quire.accounts().signUp("ada@example.org", "ada", "long enough secret");
      assertThat(quire.accounts().users().findByEmail("ada@example.org")).contains(ada);

      quire.votes().set(ada.id(), "2608.10002", true);
      quire.votes().set(ada.id(), "2608.10002", true);
      assertThat(quire.papers().find("2608.10002").orElseThrow().upvotes()).isEqualTo(4);
      assertThat(quire.votes().toggle(ada.id(), "2608.10002").orElseThrow().upvotes()).isEqualTo(3);

      AuthenticatedUser user = new AuthenticatedUser(ada, "", false);
      Comment c = quire.comments().post(user, "2608.10002", "hello").orElseThrow();
      assertThat(quire.papers().find("2608.10002").orElseThrow().numComments()).isEqualTo(3);
      quire.comments().edit(user, c.id(), "hello again");
      assertThat(quire.comments().of("2608.10002", false))
          .singleElement()
          .satisfies(x -> assertThat(x.body()).isEqualTo("hello again"));
      quire.comments().delete(user, c.id());
      assertThat(quire.papers().find("2608.10002").orElseThrow().numComments()).isEqualTo(2);

      String token = quire.apiTokens().create(ada, "ci");
      assertThat(quire.apiTokens().resolve(token)).isPresent();
      quire.accounts().setAdmin("ada@example.org", true);
      assertThat(quire.accounts().users().find(ada.id()).orElseThrow().admin()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void collectionsWorkTheSameOnEveryDatabase(TestDb db) {
    try (Quire quire = db.open(dir)) {
      SiteFixture.seed(quire.paperStore());
      User ada = quire.accounts().signUp("ada@example.org", "ada", "long enough secret");
      AuthenticatedUser user = new AuthenticatedUser(ada, "", false);
      var c = quire.collections().create(user, "Reading", "", false);
      quire.collections().add(user, c.id(), "2608.10001");
      quire.collections().add(user, c.id(), "2608.10001");
      quire.collections().add(user, c.id(), "2608.10002");
      assertThat(quire.collections().items(c)).hasSize(2);
      quire.collections().remove(user, c.id(), "2608.10001");
      var changed = quire.collections().update(user, c.id(), "Renamed", null, true);
      assertThat(changed.name()).isEqualTo("Renamed");
      assertThat(changed.isPublic()).isTrue();
      assertThat(quire.collections().readable(null, c.id()).owner()).isEqualTo("ada");
      assertThat(quire.collections().items(c))
          .singleElement()
          .satisfies(i -> assertThat(i.paperId()).isEqualTo("2608.10002"));
      quire.collections().delete(user, c.id());
      assertThat(quire.collections().ofUser(user)).isEmpty();
    }
  }
}
