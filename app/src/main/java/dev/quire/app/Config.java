package dev.quire.app;

import dev.quire.digest.DigestSettings;
import dev.quire.harvest.HarvestSettings;
import dev.quire.mail.MailSettings;
import dev.quire.search.solr.SolrSettings;
import dev.quire.system.DatabaseSettings;
import dev.quire.web.WebSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The immutable configuration of one Quire process, read once: defaults, then the config file, then
 * environment variables ({@code QUIRE_*}), then command-line overrides. Every key, its type,
 * default and description is listed once, in {@link ConfigKeys}.
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
 * @param solr the search engine (embedded Lucene or SolrCloud) and where SolrCloud is
 * @param trustedProxies addresses and CIDR blocks whose X-Forwarded-For is believed; empty: none
 * @param embed whether this node embeds, and the claims of embedding shared by the nodes
 * @param jobsPoll how often this node looks for due jobs of the cluster (harvest, digests)
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
    boolean dailyFeaturedOnly,
    SolrSettings solr,
    String trustedProxies,
    dev.quire.search.embed.EmbedSettings embed,
    java.time.Duration jobsPoll) {

  public Config {
    solr = solr == null ? SolrSettings.embedded() : solr;
    embed = embed == null ? dev.quire.search.embed.EmbedSettings.defaults() : embed;
    jobsPoll = jobsPoll == null ? java.time.Duration.ofSeconds(10) : jobsPoll;
    trustedProxies = trustedProxies == null ? "" : trustedProxies;
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
    for (ConfigKey key : ConfigKeys.ALL) {
      String envValue = env.get(key.envName());
      if (envValue != null && !envValue.isBlank()) {
        fromEnv.put(key.name(), envValue.trim());
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
    Map<String, String> v = new HashMap<>();
    for (ConfigKey key : ConfigKeys.ALL) {
      String raw = values.getOrDefault(key.name(), key.defaultValue());
      if (raw != null) {
        v.put(key.name(), key.type().check(key.name(), raw));
      }
    }
    return new Config(
        Path.of(v.get("data")).toAbsolutePath().normalize(),
        Integer.parseInt(v.get("port")),
        v.get("host"),
        v.get("jdbc.url"),
        v.get("db.user"),
        v.get("db.password"),
        stripSlash(v.get("base.url")),
        v.get("site.name"),
        Boolean.parseBoolean(v.get("sample")),
        HarvestSettings.from(v),
        Integer.parseInt(v.get("api.rate")),
        Boolean.parseBoolean(v.get("search.semantic")),
        v.containsKey("search.threads")
            ? Integer.parseInt(v.get("search.threads"))
            : Runtime.getRuntime().availableProcessors(),
        MailSettings.from(v),
        DigestSettings.from(v),
        Boolean.parseBoolean(v.get("daily.featured.only")),
        SolrSettings.from(v),
        v.get("http.trusted-proxies"),
        dev.quire.search.embed.EmbedSettings.from(v),
        java.time.Duration.ofMillis(Math.round(Double.parseDouble(v.get("jobs.poll")) * 1000)));
  }

  /** The database settings: where the SQLite file is, or which server. */
  public DatabaseSettings database() {
    return new DatabaseSettings(dataDir, jdbcUrl, dbUser, dbPassword);
  }

  /** What the web layer needs of the configuration. */
  public WebSettings web() {
    return new WebSettings(siteName, baseUrl, host, port, apiRatePerMinute, trustedProxies);
  }

  /** A copy with the changes {@code edit} makes to a builder holding every value of this one. */
  public Config with(UnaryOperator<Builder> edit) {
    return edit.apply(new Builder(this)).build();
  }

  /** The effective value of every key, one {@code key=value} per line, secrets masked. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (ConfigKey key : ConfigKeys.ALL) {
      sb.append(key.name()).append('=').append(key.shown(this)).append('\n');
    }
    return sb.toString();
  }

  /** The folder of the search index (derived data, rebuilt from the database when missing). */
  public java.nio.file.Path indexDir() {
    return dataDir.resolve("index");
  }

  /** Every key and its effective value, secrets masked, for logs. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Config[");
    for (ConfigKey key : ConfigKeys.ALL) {
      sb.append(sb.length() > 7 ? ", " : "").append(key.name()).append('=').append(key.shown(this));
    }
    return sb.append(']').toString();
  }

  /** True when the database is the embedded SQLite file. */
  public boolean embeddedDatabase() {
    return database().embedded();
  }

  /** The JDBC URL actually used: the configured one or the SQLite file under the data dir. */
  public String effectiveJdbcUrl() {
    return database().effectiveJdbcUrl();
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

  /**
   * A mutable copy of a config, for {@link Config#with}: every component starts as in the original,
   * and {@link #build} validates again.
   */
  public static final class Builder {
    private Path dataDir;
    private int port;
    private String host;
    private String jdbcUrl;
    private String dbUser;
    private String dbPassword;
    private String baseUrl;
    private String siteName;
    private boolean loadSampleWhenEmpty;
    private HarvestSettings harvest;
    private int apiRatePerMinute;
    private boolean semanticSearch;
    private int embedThreads;
    private MailSettings mail;
    private DigestSettings digest;
    private boolean dailyFeaturedOnly;
    private SolrSettings solr;
    private String trustedProxies;
    private dev.quire.search.embed.EmbedSettings embed;
    private java.time.Duration jobsPoll;

    private Builder(Config c) {
      dataDir = c.dataDir;
      port = c.port;
      host = c.host;
      jdbcUrl = c.jdbcUrl;
      dbUser = c.dbUser;
      dbPassword = c.dbPassword;
      baseUrl = c.baseUrl;
      siteName = c.siteName;
      loadSampleWhenEmpty = c.loadSampleWhenEmpty;
      harvest = c.harvest;
      apiRatePerMinute = c.apiRatePerMinute;
      semanticSearch = c.semanticSearch;
      embedThreads = c.embedThreads;
      mail = c.mail;
      digest = c.digest;
      dailyFeaturedOnly = c.dailyFeaturedOnly;
      solr = c.solr;
      trustedProxies = c.trustedProxies;
      embed = c.embed;
      jobsPoll = c.jobsPoll;
    }

    public Builder dataDir(Path value) {
      dataDir = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder jdbcUrl(String value) {
      jdbcUrl = value;
      return this;
    }

    public Builder dbUser(String value) {
      dbUser = value;
      return this;
    }

    public Builder dbPassword(String value) {
      dbPassword = value;
      return this;
    }

    public Builder baseUrl(String value) {
      baseUrl = value;
      return this;
    }

    public Builder siteName(String value) {
      siteName = value;
      return this;
    }

    public Builder loadSampleWhenEmpty(boolean value) {
      loadSampleWhenEmpty = value;
      return this;
    }

    public Builder harvest(HarvestSettings value) {
      harvest = value;
      return this;
    }

    public Builder apiRatePerMinute(int value) {
      apiRatePerMinute = value;
      return this;
    }

    public Builder semanticSearch(boolean value) {
      semanticSearch = value;
      return this;
    }

    public Builder embedThreads(int value) {
      embedThreads = value;
      return this;
    }

    public Builder mail(MailSettings value) {
      mail = value;
      return this;
    }

    public Builder digest(DigestSettings value) {
      digest = value;
      return this;
    }

    public Builder dailyFeaturedOnly(boolean value) {
      dailyFeaturedOnly = value;
      return this;
    }

    public Builder solr(SolrSettings value) {
      solr = value;
      return this;
    }

    /** A database at this JDBC URL with these credentials. */
    public Builder database(String url, String user, String password) {
      return jdbcUrl(url).dbUser(user).dbPassword(password);
    }

    public Builder embed(dev.quire.search.embed.EmbedSettings value) {
      embed = value;
      return this;
    }

    public Builder jobsPoll(java.time.Duration value) {
      jobsPoll = value;
      return this;
    }

    public Config build() {
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
          digest,
          dailyFeaturedOnly,
          solr,
          trustedProxies,
          embed,
          jobsPoll);
    }
  }
}
