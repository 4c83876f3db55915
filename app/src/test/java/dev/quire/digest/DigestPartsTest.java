package dev.quire.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestPartsTest {
  @TempDir Path dir;

  @Test
  void aSignedTokenVerifiesOnlyForItsPurposeAndUnchanged() {
    SignedTokens tokens = SignedTokens.load("", dir);
    String t = tokens.sign("unsubscribe", "abc_DEF-123");

    assertThat(tokens.verify("unsubscribe", t)).contains(List.of("abc_DEF-123"));
    assertThat(tokens.verify("confirm", t)).isEmpty();
    assertThat(tokens.verify("unsubscribe", "abc_DEF-124" + t.substring(11))).isEmpty();
    assertThat(tokens.verify("unsubscribe", t.substring(0, t.length() - 1))).isEmpty();
    assertThat(tokens.verify("unsubscribe", null)).isEmpty();
    assertThat(tokens.verify("unsubscribe", "no-dot")).isEmpty();
    assertThat(SignedTokens.load("", dir).verify("unsubscribe", t))
        .as("the key file is reused")
        .isPresent();
    assertThat(SignedTokens.load("another-secret-of-16+", dir).verify("unsubscribe", t)).isEmpty();
  }

  @Test
  void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
    SignedTokens.load("", dir).sign("x", "y");
    Path key = dir.resolve("secret.key");
    assertThat(key).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
  }

  @Test
  void aTopicQueryHasWordsPhrasesAndCategoryFilters() {
    TopicQuery q = TopicQuery.parse("  Dynamical \"mean field\"  cat:cond-mat.str-el cat:CS ");
    assertThat(q.terms()).containsExactly("dynamical", "mean field");
    assertThat(q.categories()).containsExactly("cond-mat.str-el", "cs");
    assertThat(q.matchesText("Dynamical Mean  Field theory", "")).isTrue();
    assertThat(q.matchesText("Dynamically meaningful fields", "")).isFalse();
    assertThat(q.matchesCategories(List.of("cs.LG"))).isTrue();
    assertThat(q.matchesCategories(List.of("cond-mat.str-el"))).isTrue();
    assertThat(q.matchesCategories(List.of("cond-mat.mes-hall", "math.OC"))).isFalse();

    assertThatThrownBy(() -> TopicQuery.parse(" ")).hasMessage("a topic must not be empty");
    assertThatThrownBy(() -> TopicQuery.parse("cat:%"))
        .hasMessage("'cat:%' is not an arXiv category filter like cat:cond-mat.str-el or cat:cs");
    assertThatThrownBy(() -> TopicQuery.parse("x".repeat(201)))
        .hasMessage("a topic may be at most 200 characters; got 201");
  }

  @Test
  void theScheduleRunsAtTheConfiguredTimeInTheConfiguredZone() {
    DigestSettings s =
        DigestSettings.from(Map.of("digest.at", "07:30", "digest.zone", "Europe/Paris"));
    DigestJob job = new DigestJob(null, s, java.time.Clock.systemUTC());

    // 05:00 UTC is 07:00 in Paris (summer time): the run is at 05:30 UTC the same day
    assertThat(job.nextRunAfter(Instant.parse("2026-08-21T05:00:00Z")))
        .isEqualTo(Instant.parse("2026-08-21T05:30:00Z"));
    assertThat(job.nextRunAfter(Instant.parse("2026-08-21T05:30:00Z")))
        .isEqualTo(Instant.parse("2026-08-22T05:30:00Z"));
    assertThat(job.todaysRunIsDue(Instant.parse("2026-08-21T05:29:00Z"))).isFalse();
    assertThat(job.todaysRunIsDue(Instant.parse("2026-08-21T06:00:00Z"))).isTrue();
  }

  @Test
  void settingsHaveWorkingDefaultsAndNameBadValues() {
    DigestSettings d = DigestSettings.defaults();
    assertThat(d.at()).isEqualTo(LocalTime.of(7, 0));
    assertThat(d.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(d.dayOffset()).isEqualTo(1);
    assertThat(d.weekends()).isFalse();
    assertThat(d.weekEnds()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(d.defaultTop()).isEqualTo(10);
    assertThat(d.backoff(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(d.backoff(3)).isEqualTo(Duration.ofMinutes(8));
    assertThat(d.backoff(30)).isEqualTo(Duration.ofHours(6));
    assertThat(DigestSettings.from(Map.of("digest.at", "off")).at()).isNull();

    assertThatThrownBy(() -> DigestSettings.from(Map.of("digest.at", "7pm")))
        .hasMessage("digest.at must be a time as HH:MM, or off; got '7pm'");
    assertThatThrownBy(() -> DigestSettings.from(Map.of("digest.zone", "Mars/Base")))
        .hasMessage("digest.zone must be a time zone like UTC or Europe/Paris; got 'Mars/Base'");
    assertThatThrownBy(() -> DigestSettings.from(Map.of("digest.top", "0")))
        .hasMessage("digest.top must be a whole number from 1 to 50; got '0'");
    assertThatThrownBy(() -> DigestSettings.from(Map.of("digest.secret", "short")))
        .hasMessageStartingWith("digest.secret must be at least 16 characters");
  }

  @Test
  void aSubscribeRequestNamesWhatIsWrong() {
    assertThat(SubscribeRequest.parse(" ada@example.org ", "", "", "", 10))
        .isEqualTo(
            new SubscribeRequest(
                "ada@example.org", Subscription.Frequency.DAILY, 10, List.of(), null));
    assertThatThrownBy(() -> SubscribeRequest.parse("", null, null, null, 10))
        .hasMessage("enter an email address");
    assertThatThrownBy(() -> SubscribeRequest.parse("a@b", null, null, null, 10))
        .hasMessage("'a@b' is not an email address");
    assertThatThrownBy(() -> SubscribeRequest.parse("a@example.org", "hourly", null, null, 10))
        .hasMessage("frequency must be daily or weekly; got 'hourly'");
    assertThatThrownBy(() -> SubscribeRequest.parse("a@example.org", "daily", "ten", null, 10))
        .hasMessage("the number of papers must be a whole number; got 'ten'");
    assertThatThrownBy(() -> SubscribeRequest.parse("a@example.org", "daily", "0", "", 10))
        .hasMessageStartingWith("with 0 trending papers, save at least one topic");
  }

  @Test
  void theSummaryIsTheAiSummaryElseTheStartOfTheAbstractCutAtAWord() {
    var p =
        dev.quire.testing.Fixtures.paper("2608.1", "T", 1).toBuilder()
            .aiSummary(null)
            .abstractText("word ".repeat(100))
            .build();
    String s = DigestComposer.summary(p);
    assertThat(s).endsWith("word…").hasSizeLessThanOrEqualTo(281);
    assertThat(DigestComposer.summary(dev.quire.testing.Fixtures.paper("2608.2", "T", 1)))
        .isEqualTo("A one-line summary of T.");
  }
}
