package dev.quire.app;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The type of a config value: checks a raw string from the file, the environment or a flag and
 * returns it in canonical form, or throws an {@link IllegalArgumentException} naming the key and
 * the value.
 */
interface ValueType {
  /** What a valid value looks like, e.g. "a whole number from 1 to 100". */
  String what();

  /** The canonical form of {@code raw}; throws when it is not valid. */
  String check(String key, String raw);

  static IllegalArgumentException bad(String key, String what, String raw) {
    return new IllegalArgumentException(key + " must be " + what + "; got '" + raw + "'");
  }

  /** Any text. */
  ValueType TEXT = simple("text", (k, v) -> v);

  /** A file system path. */
  ValueType PATH = simple("a path", (k, v) -> v);

  /** true/false, yes/no, on/off or 1/0, case-insensitive; canonical form true or false. */
  ValueType BOOLEAN =
      simple(
          "true or false (also yes/no, on/off, 1/0)",
          (k, v) ->
              switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> "true";
                case "false", "no", "off", "0" -> "false";
                default -> throw bad(k, "true or false (also yes/no, on/off, 1/0)", v);
              });

  /** An http(s) URL. */
  ValueType URL = simple("an http(s) URL", (k, v) -> url(k, v, "an http(s) URL"));

  /** An http(s) URL or empty. */
  ValueType URL_OR_EMPTY =
      simple(
          "an http(s) URL, or empty",
          (k, v) -> v.isEmpty() ? v : url(k, v, "an http(s) URL, or empty"));

  /** Comma-separated IP addresses and CIDR blocks, or empty. */
  ValueType TRUSTED_PROXIES =
      simple(
          "IP addresses or CIDR blocks separated by commas (10.0.0.0/8, ::1), or empty",
          (k, v) -> {
            try {
              new dev.quire.web.ClientAddress(v);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(k + ": " + e.getMessage());
            }
            return v.strip();
          });

  /** A JDBC URL or empty. */
  ValueType JDBC =
      simple(
          "a JDBC URL (jdbc:postgresql://HOST/DB), or empty for SQLite",
          (k, v) -> {
            if (!v.isEmpty() && !v.startsWith("jdbc:")) {
              throw bad(k, "a JDBC URL (jdbc:postgresql://HOST/DB), or empty for SQLite", v);
            }
            return v;
          });

  /** A time zone id. */
  ValueType ZONE =
      simple(
          "a time zone like UTC or Europe/Paris",
          (k, v) -> {
            try {
              return ZoneId.of(v).getId();
            } catch (DateTimeException e) {
              throw bad(k, "a time zone like UTC or Europe/Paris", v);
            }
          });

  /** A whole number in a range. */
  static ValueType integer(int min, int max) {
    String what = "a whole number from " + min + " to " + max;
    return simple(
        what,
        (k, v) -> {
          try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
              return Integer.toString(n);
            }
          } catch (NumberFormatException e) {
            // reported below
          }
          throw bad(k, what, v);
        });
  }

  /** Seconds, fractions allowed, in a range. */
  static ValueType seconds(int min, int max) {
    String what = "seconds from " + min + " to " + max;
    return simple(
        what,
        (k, v) -> {
          try {
            double s = Double.parseDouble(v);
            if (s >= min && s <= max) {
              return v;
            }
          } catch (NumberFormatException e) {
            // reported below
          }
          throw bad(k, what, v);
        });
  }

  /** A time of day as HH:MM, or empty/off. */
  static ValueType timeOrOff(String what) {
    return simple(
        what,
        (k, v) -> {
          if (v.isEmpty() || v.equalsIgnoreCase("off")) {
            return "off";
          }
          try {
            return LocalTime.parse(v).toString();
          } catch (DateTimeException e) {
            throw bad(k, what, v);
          }
        });
  }

  /** One of some words, case-insensitive; canonical form as listed. */
  static ValueType oneOf(String... values) {
    String what = "one of " + String.join(", ", values);
    return simple(
        what,
        (k, v) ->
            List.of(values).stream()
                .filter(x -> x.equalsIgnoreCase(v))
                .findFirst()
                .orElseThrow(() -> bad(k, what, v)));
  }

  private static String url(String key, String v, String what) {
    try {
      URI u = URI.create(v);
      if (u.getScheme() != null
          && (u.getScheme().equals("http") || u.getScheme().equals("https"))
          && u.getHost() != null) {
        return v;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw bad(key, what, v);
  }

  /** A checker for one key and one value. */
  interface Check {
    String apply(String key, String value);
  }

  private static ValueType simple(String what, Check check) {
    return new ValueType() {
      @Override
      public String what() {
        return what;
      }

      @Override
      public String check(String key, String raw) {
        return check.apply(key, raw.strip());
      }
    };
  }
}
