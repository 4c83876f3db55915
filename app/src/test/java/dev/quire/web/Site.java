package dev.quire.web;

import dev.quire.app.Config;
import dev.quire.app.Quire;
import dev.quire.testing.MutableClock;
import dev.quire.testing.TestDb;
import io.javalin.Javalin;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fixture site served on a random port over SQLite, with a clock tests can move and the mail
 * folder readable, for tests that sign in, vote and comment.
 */
final class Site implements AutoCloseable {
  static final Instant START = Instant.parse("2026-08-22T12:00:00Z");
  static final String PASSWORD = "correct horse battery";

  final Quire quire;
  final Javalin app;
  final String base;
  final MutableClock clock = new MutableClock(START);
  private final Path mailDir;

  private Site(Path dir, Map<String, String> overrides) {
    this(dir, TestDb.SQLITE, overrides, q -> {});
  }

  private Site(
      Path dir,
      TestDb db,
      Map<String, String> overrides,
      java.util.function.Consumer<Quire> beforeServing) {
    Config base0 = db.config(dir);
    Map<String, String> values = new HashMap<>();
    values.put("data", base0.dataDir().toString());
    values.put("sample", "false");
    values.put("port", "0");
    values.putAll(overrides);
    Config loaded = Config.load(values, Map.of());
    Config config =
        db == TestDb.SQLITE
            ? loaded
            : loaded.with(b -> b.database(base0.jdbcUrl(), base0.dbUser(), base0.dbPassword()));
    this.quire = Quire.open(config, clock);
    SiteFixture.seed(quire.paperStore());
    beforeServing.accept(quire);
    this.app = quire.web().start(0);
    this.base = "http://127.0.0.1:" + app.port(); // as links derived from the bind address
    this.mailDir = config.dataDir().resolve("mail");
  }

  static Site start(Path dir) {
    return new Site(dir, Map.of());
  }

  static Site start(Path dir, Map<String, String> config) {
    return new Site(dir, config);
  }

  /** The fixture site on a fresh database of this kind. */
  static Site start(Path dir, TestDb db, Map<String, String> config) {
    return new Site(dir, db, config, q -> {});
  }

  /** The fixture site after {@code beforeServing} added to it (papers, a search embedder). */
  static Site start(Path dir, java.util.function.Consumer<Quire> beforeServing) {
    return new Site(dir, TestDb.SQLITE, Map.of(), beforeServing);
  }

  /** A new visitor with its own cookies. */
  Visitor visitor() {
    return new Visitor(base);
  }

  /** A visitor who signed up, confirmed the mailed link and is signed in. */
  Visitor member(String name) {
    Visitor v = visitor();
    v.signUp(name + "@example.org", name, PASSWORD);
    v.get(link("/verify", name + "@example.org"));
    v.submit("/verify", "token", lastToken);
    return v;
  }

  private String lastToken;

  /** The path and query of the newest link to {@code path} mailed to {@code to}. */
  String link(String path, String to) {
    Pattern p =
        Pattern.compile("https?://[^/\\s]+" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)");
    List<String> bodies = mailTo(to);
    for (int i = bodies.size() - 1; i >= 0; i--) {
      Matcher m = p.matcher(bodies.get(i));
      if (m.find()) {
        lastToken = m.group(1);
        return path + "?token=" + m.group(1);
      }
    }
    throw new AssertionError("no mail to " + to + " links to " + path + "; mails: " + bodies);
  }

  /** The text bodies of the mails written for {@code to}, oldest first. */
  List<String> mailTo(String to) {
    quire.accounts().awaitMail();
    if (!Files.isDirectory(mailDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(mailDir)) {
      return files
          .sorted()
          .map(Site::read)
          .filter(m -> recipient(m).equalsIgnoreCase(to))
          .map(Site::text)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MimeMessage read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + file, e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    quire.close();
  }
}
