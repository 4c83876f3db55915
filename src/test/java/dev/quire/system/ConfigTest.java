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
}
