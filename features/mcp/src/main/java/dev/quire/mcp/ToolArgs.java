package dev.quire.mcp;

import dev.quire.paper.ArxivId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool's arguments, read with checks: a missing, mistyped or out-of-range argument is a {@link
 * BadArgument} that names it and shows the value.
 */
public final class ToolArgs {
  private final Map<String, Object> args;

  ToolArgs(Map<String, Object> args) {
    this.args = args;
  }

  /** A required non-blank string. */
  public String string(String name) {
    String s = optionalString(name);
    if (s == null) {
      throw new BadArgument(name, "is required");
    }
    return s;
  }

  /** A string, or null when absent or blank. */
  public String optionalString(String name) {
    Object v = args.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new BadArgument(name, "must be a string; got " + shown(v));
    }
    return s.isBlank() ? null : s.strip();
  }

  /** An integer within [min, max], or the default when absent. */
  public int integer(String name, int defaultValue, int min, int max) {
    Object v = args.get(name);
    if (v == null) {
      return defaultValue;
    }
    long n;
    if (v instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
      n = num.longValue();
    } else if (v instanceof String s && s.strip().matches("-?\\d{1,10}")) {
      n = Long.parseLong(s.strip());
    } else {
      throw new BadArgument(
          name, "must be an integer from " + min + " to " + max + "; got " + shown(v));
    }
    if (n < min || n > max) {
      throw new BadArgument(
          name, "must be an integer from " + min + " to " + max + "; got " + shown(v));
    }
    return (int) n;
  }

  /** One of the allowed values (case-insensitive), or the default when absent. */
  public String choice(String name, String defaultValue, List<String> allowed) {
    String s = optionalString(name);
    if (s == null) {
      return defaultValue;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(s)) {
        return a;
      }
    }
    throw new BadArgument(
        name, "must be one of " + String.join(", ", allowed) + "; got " + shown(s));
  }

  /** A required arXiv id (2504.08385, 2504.08385v2, an arXiv URL, hep-th/9901001), normalised. */
  public String arxivId(String name) {
    String raw = string(name);
    return ArxivId.parse(raw)
        .orElseThrow(
            () ->
                new BadArgument(
                    name,
                    "is not an arXiv id; expected e.g. 2504.08385 or hep-th/9901001; got "
                        + shown(raw)));
  }

  /** Fails when an argument not in {@code known} was given (a typo would otherwise be ignored). */
  void onlyKnown(Set<String> known) {
    for (String name : args.keySet()) {
      if (!known.contains(name)) {
        throw new BadArgument(name, "is not an argument of this tool; it takes " + known);
      }
    }
  }

  private static String shown(Object v) {
    String s = String.valueOf(v);
    return "'" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "'";
  }

  /** A JSON-schema property of the given type with a description. */
  static Map<String, Object> property(String type, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", type);
    p.put("description", description);
    return p;
  }

  /** An argument that is missing or wrong; the message starts with the argument's name. */
  public static final class BadArgument extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String argument;

    public BadArgument(String argument, String problem) {
      super(argument + " " + problem);
      this.argument = argument;
    }

    /** The argument's name. */
    public String argument() {
      return argument;
    }
  }
}
