package dev.quire.system;

import dev.quire.digest.DigestSettings;
import dev.quire.harvest.HarvestSettings;
import dev.quire.mail.MailSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The immutable configuration of one Quire process, read once: defaults, then the config file, then
 * environment variables ({@code QUIRE_*}), then command-line overrides.
 *
 * @param dataDir directory holding the SQLite file, the index and the rejects files
 * @param port HTTP port of {@code quire serve}
 * @param host interface the server binds to (default 127.0.0.1: this machine only)
 * @param jdbcUrl JDBC URL of the database; empty means SQLite under {@code dataDir}
 * @param dbUser database user (PostgreSQL), may be empty
 * @param dbPassword database password (PostgreSQL), may be empty
 * @param baseUrl public base URL of every absolute link (mail, feeds, Markdown), without trailing
 *     slash; empty: derived from the bind address and port
 * @param siteName name shown in the page header and feeds
 * @param loadSampleWhenEmpty whether {@code serve} imports the built-in sample into an empty
 *     database
 * @param harvest arXiv harvesting: OAI-PMH and API URLs, sets, daily time, politeness
 * @param apiRatePerMinute API requests allowed per client address or token per minute
 * @param semanticSearch whether papers are embedded for meaning-based search (keywords always work)
 * @param embedThreads background embedding threads (each runs the model on one core)
 * @param mail outgoing mail: SMTP server and sender, or .eml files when no server is set
 * @param digest email digests: schedule, defaults, retries, link-signing secret
 * @param dailyFeaturedOnly whether daily, weekly and monthly lists show featured papers only (a
 *     Hugging Face-style hub) instead of featured papers first, then every paper announced
 */
public record Config(
    Path dataDir,
    int port,
    String host,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    String baseUrl,
    String siteName,
    boolean loadSampleWhenEmpty,
    HarvestSettings harvest,
    int apiRatePerMinute,
    boolean semanticSearch,
    int embedThreads,
    MailSettings mail,
    DigestSettings digest,
    boolean dailyFeaturedOnly) {

  /** Keys understood in the config file; the environment variable is QUIRE_ + upper-cased key. */
  static final String[] KEYS = {
    "data",
    "port",
    "host",
    "jdbc.url",
    "db.user",
    "db.password",
    "base.url",
    "site.name",
    "sample",
    "harvest.url",
    "harvest.format",
    "harvest.sets",
    "harvest.daily.at",
    "harvest.delay",
    "harvest.attempts",
    "arxiv.api.url",
    "api.rate",
    "search.semantic",
    "search.threads",
    "mail.smtp.host",
    "mail.smtp.port",
    "mail.smtp.security",
    "mail.smtp.user",
    "mail.smtp.password",
    "mail.smtp.timeout",
    "mail.from",
    "digest.at",
    "digest.zone",
    "digest.day",
    "digest.weekends",
    "digest.weekly.ends",
    "digest.top",
    "digest.attempts",
    "digest.bounce.limit",
    "digest.secret",
    "daily.featured.only"
  };

  public Config {
    mail = mail == null ? MailSettings.defaults() : mail;
    digest = digest == null ? DigestSettings.defaults() : digest;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (apiRatePerMinute < 1) {
      throw new IllegalArgumentException("api.rate must be at least 1, was " + apiRatePerMinute);
    }
    if (embedThreads < 1) {
      throw new IllegalArgumentException("search.threads must be at least 1, was " + embedThreads);
    }
  }

  /** Configuration with every default: data in ./data, port 8080, SQLite. */
  public static Config defaults() {
    return load(Map.of(), Map.of());
  }

  /**
   * Reads the configuration. {@code overrides} (from the command line) win over the environment,
   * which wins over the file named by {@code config} (or {@code <data>/quire.properties} when it
   * exists).
   */
  public static Config load(Map<String, String> overrides, Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    Map<String, String> fromEnv = new HashMap<>();
    for (String key : KEYS) {
      String envValue = env.get(envName(key));
      if (envValue != null && !envValue.isBlank()) {
        fromEnv.put(key, envValue.trim());
      }
    }
    String dataDir = overrides.getOrDefault("data", fromEnv.getOrDefault("data", "data"));
    String configFile = overrides.getOrDefault("config", env.get("QUIRE_CONFIG"));
    Path file = configFile != null ? Path.of(configFile) : Path.of(dataDir, "quire.properties");
    if (configFile != null && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config file not found: " + file);
    }
    if (Files.isRegularFile(file)) {
      values.putAll(readProperties(file));
    }
    values.putAll(fromEnv);
    values.putAll(overrides);
    values.remove("config");
    return new Config(
        Path.of(values.getOrDefault("data", "data")).toAbsolutePath().normalize(),
        parsePort(values.getOrDefault("port", "8080")),
        values.getOrDefault("host", "127.0.0.1"),
        values.getOrDefault("jdbc.url", ""),
        values.getOrDefault("db.user", ""),
        values.getOrDefault("db.password", ""),
        stripSlash(values.getOrDefault("base.url", "")),
        values.getOrDefault("site.name", "Quire"),
        Boolean.parseBoolean(values.getOrDefault("sample", "true")),
        HarvestSettings.from(values),
        parseInt("api.rate", values.getOrDefault("api.rate", "600")),
        Boolean.parseBoolean(values.getOrDefault("search.semantic", "true")),
        parseInt(
            "search.threads",
            values.getOrDefault(
                "search.threads", String.valueOf(Runtime.getRuntime().availableProcessors()))),
        MailSettings.from(values),
        DigestSettings.from(values),
        parseBoolean("daily.featured.only", values.getOrDefault("daily.featured.only", "false")));
  }

  /** A copy with another data directory and, for SQLite, everything else unchanged. */
  public Config withDataDir(Path dir) {
    return new Config(
        dir,
        port,
        host,
        jdbcUrl,
        dbUser,
        dbPassword,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        harvest,
        apiRatePerMinute,
        semanticSearch,
        embedThreads,
        mail,
        digest,
        dailyFeaturedOnly);
  }

  /** A copy with another JDBC URL and credentials. */
  public Config withDatabase(String url, String user, String password) {
    return new Config(
        dataDir,
        port,
        host,
        url,
        user,
        password,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        harvest,
        apiRatePerMinute,
        semanticSearch,
        embedThreads,
        mail,
        digest,
        dailyFeaturedOnly);
  }

  /** A copy with other harvest settings. */
  public Config withHarvest(HarvestSettings settings) {
    return new Config(
        dataDir,
        port,
        host,
        jdbcUrl,
        dbUser,
        dbPassword,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        settings,
        apiRatePerMinute,
        semanticSearch,
        embedThreads,
        mail,
        digest,
        dailyFeaturedOnly);
  }

  /** A copy with semantic search switched on or off. */
  public Config withSemanticSearch(boolean on) {
    return new Config(
        dataDir,
        port,
        host,
        jdbcUrl,
        dbUser,
        dbPassword,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        harvest,
        apiRatePerMinute,
        on,
        embedThreads,
        mail,
        digest,
        dailyFeaturedOnly);
  }

  private static boolean parseBoolean(String key, String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
  }

  /** The folder of the search index (derived data, rebuilt from the database when missing). */
  public java.nio.file.Path indexDir() {
    return dataDir.resolve("index");
  }

  /** A copy with other mail settings. */
  public Config withMail(MailSettings settings) {
    return new Config(
        dataDir,
        port,
        host,
        jdbcUrl,
        dbUser,
        dbPassword,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        harvest,
        apiRatePerMinute,
        semanticSearch,
        embedThreads,
        settings,
        digest,
        dailyFeaturedOnly);
  }

  /** A copy with other digest settings. */
  public Config withDigest(DigestSettings settings) {
    return new Config(
        dataDir,
        port,
        host,
        jdbcUrl,
        dbUser,
        dbPassword,
        baseUrl,
        siteName,
        loadSampleWhenEmpty,
        harvest,
        apiRatePerMinute,
        semanticSearch,
        embedThreads,
        mail,
        settings,
        dailyFeaturedOnly);
  }

  /** Everything but the database password, for logs. */
  @Override
  public String toString() {
    return "Config[dataDir="
        + dataDir
        + ", port="
        + port
        + ", host="
        + host
        + ", jdbcUrl="
        + jdbcUrl
        + ", dbUser="
        + dbUser
        + ", baseUrl="
        + baseUrl
        + ", siteName="
        + siteName
        + ", sample="
        + loadSampleWhenEmpty
        + ", harvest="
        + harvest
        + ", apiRatePerMinute="
        + apiRatePerMinute
        + ", mail="
        + mail
        + ", digest="
        + digest
        + ", semanticSearch="
        + semanticSearch
        + ", embedThreads="
        + embedThreads
        + "]";
  }

  /** True when the database is the embedded SQLite file. */
  public boolean embeddedDatabase() {
    return jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The JDBC URL actually used: the configured one or the SQLite file under the data dir. */
  public String effectiveJdbcUrl() {
    return jdbcUrl.isBlank() ? "jdbc:sqlite:" + dataDir.resolve("quire.db") : jdbcUrl;
  }

  static String envName(String key) {
    return "QUIRE_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, was '" + value + "'", e);
    }
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static Map<String, String> readProperties(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read config file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new HashMap<>();
    props.forEach((k, v) -> map.put(k.toString().trim(), v.toString().trim()));
    return map;
  }
}
