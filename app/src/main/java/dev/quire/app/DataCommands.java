package dev.quire.app;

import dev.quire.account.AccountException;
import dev.quire.ingest.ConsoleProgress;
import dev.quire.ingest.ImportSummary;
import dev.quire.ingest.Importer;
import dev.quire.ingest.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that work on the stored data: ingest, reindex, backup, restore, admin. */
final class DataCommands {
  private DataCommands() {}

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = "import Hugging Face daily_papers JSON or Kaggle arXiv JSON lines (.gz too)")
  static final class Ingest extends ConfiguredCommand {
    @Option(
        names = "--format",
        paramLabel = "F",
        description = "hf | kaggle (default: detected from the content)")
    String format;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "files or directories")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
      if (paths.isEmpty()) {
        throw new UsageException("ingest needs at least one FILE or DIR");
      }
      SourceFormat parsed;
      try {
        parsed = format == null ? null : SourceFormat.parse(format);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      List<Path> files = new ArrayList<>();
      for (String p : paths) {
        Path path = Path.of(p);
        if (!Files.exists(path)) {
          throw new UsageException("no such file or directory: " + p);
        }
        files.add(path);
      }
      Config config = config();
      try (Quire quire = Quire.open(config)) {
        Importer importer = quire.importer(ConsoleProgress.forConsole(err()));
        ImportSummary summary = importer.importPaths(files, parsed);
        out().println(summary.describe());
        return 0;
      }
    }
  }

  @Command(
      name = "reindex",
      mixinStandardHelpOptions = true,
      description = "rebuild the search index from the database, embedding papers without vectors")
  static final class Reindex extends ConfiguredCommand {
    @picocli.CommandLine.Option(
        names = "--batch",
        description = "papers per request to SolrCloud (search.engine=solr; default 500)")
    int batch = SolrNode.BATCH;

    @Override
    public Integer call() {
      try (Quire quire = Quire.open(config())) {
        long start = System.nanoTime();
        if (quire.config().solr().solr()) {
          long n =
              quire.solr().sync().withBatch(batch).reindex(line -> err().println("quire: " + line));
          out()
              .printf(
                  "%,d papers in SolrCloud collection %s (%.1f s)%n",
                  n, quire.config().solr().collection(), (System.nanoTime() - start) / 1e9);
          return 0;
        }
        quire.search().rebuild(line -> err().println("quire: " + line));
        out()
            .printf(
                "%s (%.1f s)%n",
                quire.search().status().describe(), (System.nanoTime() - start) / 1e9);
        return 0;
      }
    }
  }

  @Command(
      name = "backup",
      mixinStandardHelpOptions = true,
      description = "consistent online copy of the SQLite database into a new directory")
  static final class Backup extends ConfiguredCommand {
    @Parameters(paramLabel = "DIR", description = "the new backup directory")
    Path dir;

    @Override
    public Integer call() {
      out().println(dev.quire.app.Backup.backup(config(), dir));
      return 0;
    }
  }

  @Command(
      name = "restore",
      mixinStandardHelpOptions = true,
      description = "restore a backup into the (empty) data directory")
  static final class Restore extends ConfiguredCommand {
    @Parameters(paramLabel = "DIR", description = "a directory made by quire backup")
    Path dir;

    @Option(names = "--force", description = "replace the database already in the data directory")
    boolean force;

    @Override
    public Integer call() {
      out().println(dev.quire.app.Backup.restore(config(), dir, force));
      return 0;
    }
  }

  @Command(
      name = "admin",
      mixinStandardHelpOptions = true,
      description = "admin grant EMAIL | admin revoke EMAIL: give or take the admin role")
  static final class Admin extends ConfiguredCommand {
    @Parameters(index = "0", paramLabel = "grant|revoke", description = "grant or revoke")
    String action;

    @Parameters(index = "1", paramLabel = "EMAIL", description = "email of the account")
    String email;

    @Override
    public Integer call() {
      if (!action.equals("grant") && !action.equals("revoke")) {
        throw new UsageException("usage: quire admin grant|revoke EMAIL");
      }
      boolean grant = action.equals("grant");
      try (Quire quire = Quire.open(config())) {
        quire.accounts().setAdmin(email, grant);
      } catch (AccountException e) {
        throw new UsageException(e.getMessage());
      }
      out()
          .println(
              (grant ? "granted" : "revoked")
                  + " the admin role "
                  + (grant ? "to " : "of ")
                  + email);
      return 0;
    }
  }
}
