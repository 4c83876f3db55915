package dev.quire.app;

import java.util.Locale;
import java.util.function.Function;

/**
 * One config key: its name in {@code quire.properties}, its type and default, what it does, and how
 * to read its effective value back from a {@link Config}. The environment variable and the
 * command-line flag are derived from the name, so they cannot drift.
 *
 * @param name key in the config file, e.g. {@code search.semantic}
 * @param type what a valid value is
 * @param defaultValue value when nothing sets it (shown as is in the table; null: decided by the
 *     feature, see the description)
 * @param description one line for the README table and {@code --help}
 * @param secret whether the value is masked in logs and {@code quire config}
 * @param effective the effective value in a loaded config
 */
record ConfigKey(
    String name,
    ValueType type,
    String defaultValue,
    String description,
    boolean secret,
    Function<Config, Object> effective) {

  /** The environment variable: {@code QUIRE_} and the upper-cased name with dots as underscores. */
  String envName() {
    return "QUIRE_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The command-line flag: {@code --} and the name. */
  String flag() {
    return "--" + name;
  }

  /** The effective value as text, masked when secret and set. */
  String shown(Config config) {
    Object v = effective.apply(config);
    String s = v == null ? "" : v.toString();
    return secret && !s.isEmpty() ? "****" : s;
  }
}
