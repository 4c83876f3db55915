package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void withNoConfigEverythingHasAWorkingDefault() {
    Config c = Config.load(Map.of(), Map.of());
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(c.embeddedDatabase()).isTrue();
    assertThat(c.effectiveJdbcUrl()).isEqualTo("jdbc:sqlite:" + c.dataDir().resolve("quire.db"));
    assertThat(c.loadSampleWhenEmpty()).isTrue();
  }

  @Test
  void theEnvironmentOverridesTheFileAndTheCommandLineOverridesBoth() throws IOException {
    Files.writeString(
        dir.resolve("quire.properties"),
        "port=9000\nsite.name=Lab papers\nbase.url=https://papers.example.org/\n");
    Config fromFile = Config.load(Map.of("data", dir.toString()), Map.of());
    assertThat(fromFile.port()).isEqualTo(9000);
    assertThat(fromFile.siteName()).isEqualTo("Lab papers");
    assertThat(fromFile.baseUrl()).isEqualTo("https://papers.example.org");

    Config fromEnv = Config.load(Map.of("data", dir.toString()), Map.of("QUIRE_PORT", "9100"));
    assertThat(fromEnv.port()).isEqualTo(9100);

    Config fromArgs =
        Config.load(Map.of("data", dir.toString(), "port", "9200"), Map.of("QUIRE_PORT", "9100"));
    assertThat(fromArgs.port()).isEqualTo(9200);
  }

  @Test
  void aJdbcUrlSwitchesToPostgresql() {
    Config c = Config.load(Map.of(), Map.of("QUIRE_JDBC_URL", "jdbc:postgresql://db/quire"));
    assertThat(c.embeddedDatabase()).isFalse();
    assertThat(c.effectiveJdbcUrl()).isEqualTo("jdbc:postgresql://db/quire");
  }

  @Test
  void badValuesAreNamedInTheError() {
    assertThatThrownBy(() -> Config.load(Map.of("port", "eighty"), Map.of()))
        .hasMessage("port must be a whole number from 0 to 65535; got 'eighty'");
    assertThatThrownBy(() -> Config.load(Map.of("port", "70000"), Map.of()))
        .hasMessage("port must be a whole number from 0 to 65535; got '70000'");
    assertThatThrownBy(
            () ->
                Config.load(
                    Map.of("config", dir.resolve("missing.properties").toString()), Map.of()))
        .hasMessageStartingWith("config file not found: ");
    assertThatThrownBy(
            () -> Config.load(Map.of("http.trusted-proxies", "10.0.0.0/8,lb.local"), Map.of()))
        .hasMessage("http.trusted-proxies: not an IP address or CIDR block: 'lb.local'");
    assertThat(
            Config.load(Map.of("http.trusted-proxies", "10.0.0.0/8, ::1"), Map.of())
                .web()
                .trustedProxies())
        .isEqualTo("10.0.0.0/8, ::1");
  }

  @Test
  void harvestingDefaultsToArxivPolitelyWithNoDailyJob() {
    Config c = Config.load(Map.of(), Map.of());
    assertThat(c.harvest().oaiUrl()).hasToString("https://oaipmh.arxiv.org/oai");
    assertThat(c.harvest().atomApiUrl()).hasToString("https://export.arxiv.org/api/query");
    assertThat(c.harvest().metadataPrefix()).isEqualTo("arXiv");
    assertThat(c.harvest().requestInterval()).isEqualTo(java.time.Duration.ofSeconds(3));
    assertThat(c.harvest().dailyAt()).isNull();
    assertThat(c.harvest().sets()).isEmpty();
  }

  @Test
  void harvestSetsAndTimeComeFromTheFileAndTheDbPasswordStaysOutOfLogs() throws IOException {
    Files.writeString(
        dir.resolve("quire.properties"),
        "harvest.sets=cs, physics:hep-th\nharvest.daily.at=04:15\n"
            + "harvest.format=arxivraw\nharvest.delay=4.5\n");
    Config c = Config.load(Map.of("data", dir.toString()), Map.of("QUIRE_DB_PASSWORD", "t0ken"));
    assertThat(c.harvest().sets()).containsExactly("cs", "physics:hep-th");
    assertThat(c.harvest().dailyAt()).isEqualTo(java.time.LocalTime.of(4, 15));
    assertThat(c.harvest().metadataPrefix()).isEqualTo("arXivRaw");
    assertThat(c.harvest().requestInterval()).isEqualTo(java.time.Duration.ofMillis(4500));
    assertThat(c.dbPassword()).isEqualTo("t0ken");
    assertThat(c.toString()).doesNotContain("t0ken");
  }

  @Test
  void badHarvestValuesAreNamedInTheError() {
    assertThatThrownBy(() -> Config.load(Map.of("harvest.delay", "soon"), Map.of()))
        .hasMessage("harvest.delay must be seconds from 0 to 3600; got 'soon'");
    assertThatThrownBy(
            () -> Config.load(Map.of("harvest.daily.at", "25:00", "harvest.sets", "cs"), Map.of()))
        .hasMessage("harvest.daily.at must be a UTC time as HH:MM, or empty for off; got '25:00'");
    assertThatThrownBy(() -> Config.load(Map.of("harvest.daily.at", "03:00"), Map.of()))
        .hasMessage(
            "harvest.daily.at is 03:00 but harvest.sets names no set; set e.g. harvest.sets=cs,math or"
                + " harvest.sets=all");
    assertThatThrownBy(() -> Config.load(Map.of("harvest.sets", "cs;math"), Map.of()))
        .hasMessage("not an OAI-PMH set: 'cs;math'; use e.g. cs, math, physics:hep-th, or all");
    assertThatThrownBy(() -> Config.load(Map.of("harvest.format", "marc"), Map.of()))
        .hasMessage("harvest.format must be one of arXiv, arXivRaw, oai_dc; got 'marc'");
    assertThatThrownBy(() -> Config.load(Map.of("harvest.url", "ftp://x"), Map.of()))
        .hasMessage("harvest.url must be an http(s) URL; got 'ftp://x'");
  }

  @Test
  void aBooleanThatIsNeitherYesNorNoStopsStartUpNamingKeyAndValue() {
    assertThatThrownBy(() -> Config.load(Map.of("search.semantic", "maybe"), Map.of()))
        .hasMessage(
            "search.semantic must be true or false (also yes/no, on/off, 1/0); got 'maybe'");
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of("QUIRE_DIGEST_WEEKENDS", "sometimes")))
        .hasMessageStartingWith("digest.weekends must be true or false");
  }

  @Test
  void yesNoOnOffAndOneZeroAreReadAsBooleansInAnyCase() {
    assertThat(Config.load(Map.of("search.semantic", "YES"), Map.of()).semanticSearch()).isTrue();
    assertThat(Config.load(Map.of("search.semantic", "off"), Map.of()).semanticSearch()).isFalse();
    assertThat(Config.load(Map.of("sample", "0"), Map.of()).loadSampleWhenEmpty()).isFalse();
    assertThat(Config.load(Map.of(), Map.of("QUIRE_DIGEST_WEEKENDS", "On")).digest().weekends())
        .isTrue();
  }

  @Test
  void numbersZonesEnumsAndUrlsAreCheckedWithKeyAndValueInTheMessage() {
    assertThatThrownBy(() -> Config.load(Map.of("api.rate", "lots"), Map.of()))
        .hasMessage("api.rate must be a whole number from 1 to 2147483647; got 'lots'");
    assertThatThrownBy(() -> Config.load(Map.of("api.rate", "0"), Map.of()))
        .hasMessage("api.rate must be a whole number from 1 to 2147483647; got '0'");
    assertThatThrownBy(() -> Config.load(Map.of("digest.zone", "Mars/Olympus"), Map.of()))
        .hasMessage("digest.zone must be a time zone like UTC or Europe/Paris; got 'Mars/Olympus'");
    assertThatThrownBy(() -> Config.load(Map.of("mail.smtp.security", "ssl"), Map.of()))
        .hasMessage("mail.smtp.security must be one of none, starttls, tls; got 'ssl'");
    assertThatThrownBy(() -> Config.load(Map.of("base.url", "papers.example.org"), Map.of()))
        .hasMessage("base.url must be an http(s) URL, or empty; got 'papers.example.org'");
    assertThatThrownBy(() -> Config.load(Map.of("jdbc.url", "postgres://db"), Map.of()))
        .hasMessageStartingWith("jdbc.url must be a JDBC URL");
  }

  @Test
  void everyKeyCanBeSetByFileByEnvironmentAndByFlagWithFlagOverEnvironmentOverFile()
      throws IOException {
    for (ConfigKey key : ConfigKeys.ALL) {
      if (key.name().equals("data")) {
        continue;
      }
      String a = sample(key, 0);
      String b = sample(key, 1);
      String c = sample(key, 2);
      String sets = key.name().equals("harvest.daily.at") ? "harvest.sets=cs\n" : "";
      Files.writeString(dir.resolve("quire.properties"), sets + key.name() + "=" + a + "\n");
      Map<String, String> data = Map.of("data", dir.toString());
      assertThat(key.shown(Config.load(data, Map.of())))
          .as("%s from the file", key.name())
          .isEqualTo(shown(key, a));
      assertThat(key.shown(Config.load(data, Map.of(key.envName(), b))))
          .as("%s from %s", key.name(), key.envName())
          .isEqualTo(shown(key, b));
      Map<String, String> flags = new java.util.HashMap<>(data);
      flags.put(key.name(), c);
      assertThat(key.shown(Config.load(flags, Map.of(key.envName(), b))))
          .as("%s from %s", key.name(), key.flag())
          .isEqualTo(shown(key, c));
    }
  }

  @Test
  void secretsAreMaskedInToStringAndInTheDescription() {
    Config c =
        Config.load(
            Map.of(
                "db.password", "pg-secret",
                "mail.smtp.password", "smtp-secret",
                "digest.secret", "0123456789abcdef-secret"),
            Map.of());
    assertThat(c.toString() + c.describe())
        .doesNotContain("pg-secret")
        .doesNotContain("smtp-secret")
        .doesNotContain("0123456789abcdef-secret")
        .contains("db.password=****");
  }

  @Test
  void aCopyWithOneChangeKeepsEveryOtherValue() {
    Config c = Config.load(Map.of("port", "9001", "site.name", "Lab"), Map.of());
    Config copy = c.with(b -> b.semanticSearch(false));
    assertThat(copy.semanticSearch()).isFalse();
    assertThat(copy.with(b -> b.semanticSearch(true))).isEqualTo(c);
  }

  /** A distinct valid value for {@code key}: the n-th of three. */
  private static String sample(ConfigKey key, int n) {
    return switch (key.name()) {
      case "port", "mail.smtp.port" -> String.valueOf(9000 + n);
      case "jdbc.url" -> "jdbc:sqlite:/tmp/q" + n + ".db";
      case "base.url", "harvest.url", "arxiv.api.url" -> "https://h" + n + ".example.org/x";
      case "sample", "search.semantic", "digest.weekends", "daily.featured.only", "embed.enabled" ->
          new String[] {"yes", "off", "TRUE"}[n];
      case "api.rate",
          "search.threads",
          "harvest.attempts",
          "digest.attempts",
          "digest.bounce.limit",
          "mail.smtp.timeout",
          "digest.top",
          "embed.batch" ->
          String.valueOf(2 + n);
      case "embed.lease", "jobs.poll" -> new String[] {"30.0", "60.0", "90.5"}[n];
      case "harvest.delay" -> new String[] {"0.5", "1.5", "2.5"}[n];
      case "harvest.format" -> new String[] {"arXiv", "arXivRaw", "oai_dc"}[n];
      case "harvest.sets" -> new String[] {"cs", "math", "physics:hep-th"}[n];
      case "harvest.daily.at", "digest.at" -> "0" + (4 + n) + ":30";
      case "mail.from" -> "Q" + n + " <q" + n + "@example.org>";
      case "mail.smtp.security" -> new String[] {"none", "starttls", "tls"}[n];
      case "digest.zone" -> new String[] {"UTC", "Europe/Paris", "Asia/Tokyo"}[n];
      case "digest.day" -> new String[] {"today", "yesterday", "today"}[n];
      case "digest.weekly.ends" -> new String[] {"MONDAY", "FRIDAY", "SATURDAY"}[n];
      case "digest.secret" -> "a-long-enough-secret-" + n;
      // solr needs zk-hosts or urls beside it; each key is set alone here
      case "search.engine" -> "lucene";
      case "solr.zk-hosts" -> "zk" + n + ":2181,zk" + (n + 3) + ":2181/solr";
      case "solr.urls" -> "http://s" + n + ":8983/solr";
      case "http.trusted-proxies" -> "10." + n + ".0.0/16";
      default -> key.name() + "-value-" + n;
    };
  }

  private static String shown(ConfigKey key, String raw) {
    if (key.secret()) {
      return "****";
    }
    return switch (key.name()) {
      case "sample", "search.semantic", "digest.weekends", "daily.featured.only", "embed.enabled" ->
          key.type().check(key.name(), raw);
      case "harvest.url", "arxiv.api.url", "base.url" -> raw;
      case "harvest.delay" -> String.valueOf(Double.parseDouble(raw));
      default -> raw;
    };
  }
}
