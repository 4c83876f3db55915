package dev.quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("help")).isZero();
    assertThat(out.toString()).contains("serve").contains("ingest").contains("--data");
  }

  @Test
  void ingestPrintsASummaryAndTheSecondRunSaysNothingChanged() {
    String file = SharedData.require("hf-daily-papers/2026-08-21.json").toString();
    assertThat(run("ingest", "--data", dir.toString(), file)).isZero();
    assertThat(out.toString()).contains("17 imported, 0 updated, 0 unchanged, 0 rejected");
    out.reset();
    assertThat(run("ingest", "--data", dir.toString(), "--format", "hf", file)).isZero();
    assertThat(out.toString())
        .contains("0 imported, 0 updated, 17 unchanged")
        .contains("Nothing changed");
  }

  @Test
  void mistakesOnTheCommandLineAreNamed() {
    assertThat(error("frobnicate")).startsWith("quire: unknown command 'frobnicate'");
    assertThat(error("ingest")).isEqualTo("quire: ingest needs at least one FILE or DIR");
    assertThat(error("ingest", "--data", dir.toString(), "/no/such/file.json"))
        .isEqualTo("quire: no such file or directory: /no/such/file.json");
    assertThat(error("ingest", "--colour", "red", "x")).contains("Unknown option: '--colour'");
    assertThat(error("ingest", "--format", "csv", dir.toString()))
        .isEqualTo("quire: --format must be hf or kaggle; got 'csv'");
    assertThat(error("serve", "--port")).contains("--port").contains("Missing required parameter");
  }

  @Test
  void adminGrantGivesAnExistingAccountTheAdminRole() {
    Config config = Config.load(java.util.Map.of("data", dir.toString()), java.util.Map.of());
    try (Quire quire = Quire.open(config)) {
      quire.accounts().signUp("root@example.org", "root", "long enough secret");
    }
    assertThat(run("admin", "grant", "ROOT@example.org", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("granted the admin role to ROOT@example.org");
    try (Quire quire = Quire.open(config)) {
      assertThat(quire.accounts().users().findByEmail("root@example.org").orElseThrow().admin())
          .isTrue();
    }
    assertThat(error("admin", "grant", "nobody@example.org", "--data", dir.toString()))
        .isEqualTo("quire: no account has the email nobody@example.org");
    assertThat(error("admin", "promote", "x")).contains("usage: quire admin");
  }

  @Test
  void reindexRebuildsTheSearchIndexFromTheDatabase() throws java.io.IOException {
    String file = SharedData.require("hf-daily-papers/2026-08-21.json").toString();
    java.nio.file.Files.writeString(dir.resolve("quire.properties"), "search.semantic=false\n");
    assertThat(run("ingest", "--data", dir.toString(), file)).isZero();
    out.reset();
    assertThat(run("reindex", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("ready: 17 of 17 papers indexed");
    assertThat(dir.resolve("index")).isDirectory();
  }

  /** Runs a command that must fail as a usage mistake; returns its one line of error output. */
  String error(String... args) {
    out.reset();
    err.reset();
    assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).as("one line: %s", text).hasSize(1);
    return text.strip();
  }

  @Test
  void eachCommandsHelpListsEveryOptionItTakesIncludingEveryConfigFlag() {
    var root = Main.commandLine(java.util.List.of(), System.out, System.err);
    for (var command : root.getSubcommands().values()) {
      String name = command.getCommandName();
      if (name.equals("help")) {
        continue;
      }
      out.reset();
      assertThat(run(name, "--help")).isZero();
      String help = out.toString(StandardCharsets.UTF_8);
      for (var option : command.getCommandSpec().options()) {
        assertThat(help).as("quire %s --help", name).contains(option.longestName());
      }
    }
    out.reset();
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString())
        .contains("--port")
        .contains("--search.semantic")
        .contains("QUIRE_SEARCH_SEMANTIC")
        .contains("--digest.secret");
    out.reset();
    assertThat(run("harvest", "--help")).isZero();
    assertThat(out.toString()).contains("--status").contains("--identify").contains("--record");
  }

  @Test
  void aBadValueOfATypedOptionFailsInOneLineNamingTheOptionAndTheValue() {
    assertThat(error("serve", "--port", "eighty")).contains("--port").contains("'eighty'");
    assertThat(error("reindex", "--search.semantic", "maybe"))
        .contains("--search.semantic")
        .contains("'maybe'");
    assertThat(error("ingest", "--mail.smtp.security", "ssl", "x"))
        .contains("--mail.smtp.security")
        .contains("'ssl'");
  }

  @Test
  void anUnreadableValueInTheConfigFileStopsTheCommandNamingKeyAndValue() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("quire.properties"), "search.semantic=maybe\n");
    assertThat(error("reindex", "--data", dir.toString()))
        .isEqualTo(
            "quire: search.semantic must be true or false (also yes/no, on/off, 1/0); got"
                + " 'maybe'");
  }

  @Test
  void benchAndEvalSayInOneLineThatTheyShipWithTheBenchBuild() {
    assertThat(error("bench", "search", "--embed", "5"))
        .contains("bench build")
        .contains("./quire bench");
    assertThat(error("eval", "--beir", "x")).contains("bench build").contains("BenchMain eval");
  }

  @Test
  void configPrintsEveryEffectiveValueWithSecretsMasked() {
    assertThat(
            run("config", "--data", dir.toString(), "--port", "9123", "--db.password", "hunter22"))
        .isZero();
    assertThat(out.toString())
        .contains("port=9123")
        .contains("db.password=****")
        .doesNotContain("hunter22")
        .contains("search.semantic=true");
    assertThat(out.toString().lines()).hasSize(ConfigKeys.ALL.size());
  }

  @Test
  void theReadmeConfigurationTableIsTheOneQuireConfigMarkdownPrints() throws Exception {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    int begin = readme.indexOf(ConfigTable.BEGIN);
    int end = readme.indexOf(ConfigTable.END);
    assertThat(begin).as("README.md has %s", ConfigTable.BEGIN).isNotNegative();
    assertThat(end).as("README.md has %s", ConfigTable.END).isGreaterThan(begin);
    String table = readme.substring(begin + ConfigTable.BEGIN.length(), end).strip();
    assertThat(run("config", "--markdown")).isZero();
    assertThat(table)
        .as(
            "README's table differs: run './quire config --markdown' and paste it between the markers")
        .isEqualTo(out.toString().strip());
  }
}
