package dev.quire.system;

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
        .hasMessage("port must be a number, was 'eighty'");
    assertThatThrownBy(() -> Config.load(Map.of("port", "70000"), Map.of()))
        .hasMessage("port must be 0..65535, was 70000");
    assertThatThrownBy(
            () ->
                Config.load(
                    Map.of("config", dir.resolve("missing.properties").toString()), Map.of()))
        .hasMessageStartingWith("config file not found: ");
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
}
