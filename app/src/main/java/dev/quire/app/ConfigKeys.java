package dev.quire.app;

import static dev.quire.app.ValueType.BOOLEAN;
import static dev.quire.app.ValueType.JDBC;
import static dev.quire.app.ValueType.PATH;
import static dev.quire.app.ValueType.TEXT;
import static dev.quire.app.ValueType.TRUSTED_PROXIES;
import static dev.quire.app.ValueType.URL;
import static dev.quire.app.ValueType.URL_OR_EMPTY;
import static dev.quire.app.ValueType.ZONE;
import static dev.quire.app.ValueType.integer;
import static dev.quire.app.ValueType.oneOf;
import static dev.quire.app.ValueType.seconds;
import static dev.quire.app.ValueType.timeOrOff;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every config key of Quire, the one source from which the loader, the flags, the validation,
 * {@link Config#toString()}, {@code quire config} and the README table are made.
 */
final class ConfigKeys {
  private ConfigKeys() {}

  static final List<ConfigKey> ALL =
      List.of(
          key(
              "data",
              PATH,
              "data",
              "data directory: SQLite file, search index, mail files",
              c -> c.dataDir()),
          key(
              "port",
              integer(0, 65535),
              "8080",
              "HTTP port of quire serve (0: any free port)",
              c -> c.port()),
          key(
              "host",
              TEXT,
              "127.0.0.1",
              "interface the server binds to; 0.0.0.0 serves other machines",
              c -> c.host()),
          key(
              "jdbc.url",
              JDBC,
              "",
              "JDBC URL of a PostgreSQL database; empty: SQLite under data",
              c -> c.jdbcUrl()),
          key("db.user", TEXT, "", "database user (PostgreSQL)", c -> c.dbUser()),
          secret("db.password", "", "database password (PostgreSQL)", c -> c.dbPassword()),
          key(
              "base.url",
              URL_OR_EMPTY,
              "",
              "public base URL of links in mail, feeds and Markdown; empty: from host and port",
              c -> c.baseUrl()),
          key(
              "site.name",
              TEXT,
              "Quire",
              "name shown in the page header and feeds",
              c -> c.siteName()),
          key(
              "sample",
              BOOLEAN,
              "true",
              "whether serve imports the built-in sample into an empty database",
              c -> c.loadSampleWhenEmpty()),
          key(
              "daily.featured.only",
              BOOLEAN,
              "false",
              "daily, weekly and monthly lists show featured papers only",
              c -> c.dailyFeaturedOnly()),
          key(
              "api.rate",
              integer(1, Integer.MAX_VALUE),
              "600",
              "API requests per minute per client address or token (load tests set it very high)",
              c -> c.apiRatePerMinute()),
          key(
              "http.trusted-proxies",
              TRUSTED_PROXIES,
              "",
              "addresses and CIDR blocks of your load balancers (10.0.0.0/8, ::1), comma-separated:"
                  + " X-Forwarded-For is believed only from them; empty: the peer address",
              c -> c.trustedProxies()),
          key(
              "search.semantic",
              BOOLEAN,
              "true",
              "embed papers for meaning-based search (keywords always work)",
              c -> c.semanticSearch()),
          key(
              "search.threads",
              integer(1, 1024),
              null,
              "background embedding threads (default: the number of CPU cores)",
              c -> c.embedThreads()),
          key(
              "embed.enabled",
              BOOLEAN,
              "true",
              "whether quire serve embeds papers on this node; false: quire embed --worker nodes"
                  + " (or other serve nodes) do",
              c -> c.embed().enabled()),
          key(
              "embed.lease",
              seconds(1, 86400),
              "300",
              "seconds a node's claim on a batch of papers to embed holds; then another node"
                  + " takes the batch over",
              c -> c.embed().lease().toMillis() / 1000.0),
          key(
              "embed.batch",
              integer(1, 10000),
              "32",
              "papers a node claims at a time to embed",
              c -> c.embed().batch()),
          key(
              "jobs.poll",
              seconds(1, 3600),
              "10",
              "seconds between two looks for due jobs of the cluster (daily harvest, digests)",
              c -> c.jobsPoll().toMillis() / 1000.0),
          key(
              "search.engine",
              oneOf("lucene", "solr"),
              "lucene",
              "search engine: lucene (embedded, under data) or solr (SolrCloud, shared by nodes)",
              c -> c.solr().engine()),
          key(
              "solr.zk-hosts",
              TEXT,
              "",
              "ZooKeeper of SolrCloud, e.g. zk1:2181,zk2:2181/solr (search.engine=solr)",
              c -> c.solr().zkHosts()),
          key(
              "solr.urls",
              TEXT,
              "",
              "Solr node URLs, comma-separated, when there is no solr.zk-hosts",
              c -> String.join(",", c.solr().urls())),
          key(
              "solr.collection",
              TEXT,
              "quire",
              "SolrCloud collection of the papers",
              c -> c.solr().collection()),
          key(
              "harvest.url",
              URL,
              "https://oaipmh.arxiv.org/oai",
              "OAI-PMH base URL of arXiv",
              c -> c.harvest().oaiUrl()),
          key(
              "harvest.format",
              oneOf("arXiv", "arXivRaw", "oai_dc"),
              "arXiv",
              "metadata format harvested",
              c -> c.harvest().metadataPrefix()),
          key(
              "harvest.sets",
              TEXT,
              "",
              "sets harvested daily and by quire harvest without --set, e.g. cs,math or all",
              c -> String.join(",", c.harvest().sets())),
          key(
              "harvest.daily.at",
              timeOrOff("a UTC time as HH:MM, or empty for off"),
              "off",
              "UTC time of the daily harvest in quire serve; off: none",
              c -> Optional.ofNullable(c.harvest().dailyAt()).map(Object::toString).orElse("off")),
          key(
              "harvest.delay",
              seconds(0, 3600),
              "3",
              "seconds between two OAI-PMH requests (arXiv asks for 3)",
              c -> c.harvest().requestInterval().toMillis() / 1000.0),
          key(
              "harvest.attempts",
              integer(1, 100),
              "6",
              "attempts per harvest request before giving up",
              c -> c.harvest().maxAttempts()),
          key(
              "arxiv.api.url",
              URL,
              "https://export.arxiv.org/api/query",
              "arXiv API URL of quire add",
              c -> c.harvest().atomApiUrl()),
          key(
              "mail.smtp.host",
              TEXT,
              "",
              "SMTP server; empty: mail is written as .eml files under data/mail",
              c -> c.mail().smtpHost()),
          key(
              "mail.smtp.port",
              integer(1, 65535),
              null,
              "SMTP port (default 587, or 465 with tls)",
              c -> c.mail().smtpPort()),
          key(
              "mail.smtp.security",
              oneOf("none", "starttls", "tls"),
              "starttls",
              "SMTP protection: none, starttls (required) or tls",
              c -> c.mail().security().name().toLowerCase(java.util.Locale.ROOT)),
          key(
              "mail.smtp.user",
              TEXT,
              "",
              "SMTP user; empty: no authentication",
              c -> c.mail().user()),
          secret("mail.smtp.password", "", "SMTP password", c -> c.mail().password()),
          key(
              "mail.smtp.timeout",
              integer(1, 3600),
              "30",
              "SMTP connect and read timeout in seconds",
              c -> c.mail().timeout().toSeconds()),
          key(
              "mail.from",
              TEXT,
              "Quire <quire@localhost>",
              "sender address of mail",
              c -> c.mail().from()),
          key(
              "digest.at",
              timeOrOff("a time as HH:MM, or off"),
              "07:00",
              "time of the daily digest run in quire serve; off: none",
              c -> Optional.ofNullable(c.digest().at()).map(Object::toString).orElse("off")),
          key(
              "digest.zone",
              ZONE,
              "UTC",
              "time zone of digest.at and of the digests' dates",
              c -> c.digest().zone()),
          key(
              "digest.day",
              oneOf("yesterday", "today"),
              "yesterday",
              "whose papers a run mails: yesterday's or today's",
              c -> c.digest().dayOffset() == 0 ? "today" : "yesterday"),
          key(
              "digest.weekends",
              BOOLEAN,
              "false",
              "whether daily digests of Saturdays and Sundays go out",
              c -> c.digest().weekends()),
          key(
              "digest.weekly.ends",
              oneOf("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
              "SUNDAY",
              "last day of the week a weekly digest covers",
              c -> c.digest().weekEnds()),
          key(
              "digest.top",
              integer(1, 50),
              "10",
              "papers per digest unless the subscriber chose",
              c -> c.digest().defaultTop()),
          key(
              "digest.attempts",
              integer(1, 100),
              "8",
              "attempts per message before it is given up on",
              c -> c.digest().maxAttempts()),
          key(
              "digest.bounce.limit",
              integer(1, 100),
              "3",
              "permanent failures in a row that mark an address bouncing",
              c -> c.digest().bounceLimit()),
          secret(
              "digest.secret",
              "",
              "HMAC key of links in mail (16+ characters); empty: data/secret.key, generated",
              c -> c.digest().secret()));

  /** The key called {@code name}, if there is one. */
  static Optional<ConfigKey> named(String name) {
    return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  private static ConfigKey key(
      String name, ValueType type, String def, String description, Function<Config, Object> get) {
    return new ConfigKey(name, type, def, description, false, get);
  }

  private static ConfigKey secret(
      String name, String def, String description, Function<Config, Object> get) {
    return new ConfigKey(name, TEXT, def, description, true, get);
  }
}
