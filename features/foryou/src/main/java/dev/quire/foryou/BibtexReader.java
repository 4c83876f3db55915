package dev.quire.foryou;

import dev.quire.paper.ArxivId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arXiv ids out of a BibTeX file (a Zotero, JabRef or Google Scholar export): from {@code
 * eprint} (with {@code archivePrefix = arXiv} or {@code eprinttype = arxiv}, or when it looks like
 * an arXiv id), else from an arxiv.org URL, an arXiv DOI (10.48550/arXiv.ID) or "arXiv:ID" in the
 * journal or note. Entries without one, and entries that cannot be read, are reported by key and
 * line; the rest are kept.
 */
final class BibtexReader {
  /** Largest entry read, in characters. */
  static final int MAX_ENTRY = 20_000;

  private static final Pattern ARXIV_IN_TEXT =
      Pattern.compile(
          "(?i)(?:arxiv\\.org/(?:abs|pdf)/|10\\.48550/arxiv\\.|arxiv:\\s*)([a-z\\-]+(?:\\.[a-z]{2})?/\\d{7}|\\d{4}\\.\\d{4,5})(v\\d+)?");
  private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_\\-]*)\\s*=\\s*");

  /** One entry's outcome: an arXiv id, or a problem. */
  record Entry(String key, int line, String arxivId, String problem) {}

  private BibtexReader() {}

  static List<Entry> read(String text) {
    List<Entry> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    int line = 1;
    int counted = 0;
    while ((i = text.indexOf('@', i)) >= 0) {
      line += newlines(text, counted, i);
      counted = i;
      int open = i + 1;
      while (open < n && Character.isLetter(text.charAt(open))) {
        open++;
      }
      String type = text.substring(i + 1, open).toLowerCase(Locale.ROOT);
      while (open < n && Character.isWhitespace(text.charAt(open))) {
        open++;
      }
      if (open >= n || (text.charAt(open) != '{' && text.charAt(open) != '(')) {
        i = open;
        continue;
      }
      if (type.equals("comment") || type.equals("string") || type.equals("preamble")) {
        i = Math.max(open, closing(text, open)) + 1;
        continue;
      }
      int close = closing(text, open);
      if (close < 0) {
        out.add(new Entry(keyOf(text, open), line, null, "the entry is not closed"));
        break;
      }
      String body = text.substring(open + 1, close);
      String key = keyOf(text, open);
      if (body.length() > MAX_ENTRY) {
        out.add(
            new Entry(key, line, null, "the entry is longer than " + MAX_ENTRY + " characters"));
      } else {
        Map<String, String> fields = fields(body);
        Optional<String> id = arxivId(fields);
        out.add(
            id.isPresent()
                ? new Entry(key, line, id.get(), null)
                : new Entry(key, line, null, "no arXiv eprint, URL or DOI"));
      }
      i = close + 1;
    }
    return out;
  }

  private static String keyOf(String text, int open) {
    int comma = text.indexOf(',', open);
    int nl = text.indexOf('\n', open);
    int end = comma < 0 ? (nl < 0 ? text.length() : nl) : (nl >= 0 && nl < comma ? nl : comma);
    String key =
        text.substring(open + 1, Math.min(end, Math.min(text.length(), open + 101))).strip();
    return key.isEmpty() ? "(no key)" : key;
  }

  /** Index of the bracket closing the one at {@code open}, or -1. */
  private static int closing(String text, int open) {
    char close = text.charAt(open) == '{' ? '}' : ')';
    int depth = 0;
    boolean quoted = false;
    for (int j = open; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"' && depth == 1 && text.charAt(j - 1) != '\\') {
        quoted = !quoted;
      } else if (c == '{' || (c == '(' && close == ')' && depth == 0)) {
        depth++;
      } else if (c == '}' || (c == ')' && close == ')' && depth == 1 && !quoted)) {
        depth--;
        if (depth == 0) {
          return j;
        }
      } else if (c == '@' && depth == 1 && !quoted && text.charAt(j - 1) == '\n') {
        return -1; // a new entry starts before this one closed
      }
    }
    return -1;
  }

  static Map<String, String> fields(String body) {
    Map<String, String> out = new HashMap<>();
    int comma = body.indexOf(',');
    int i = comma < 0 ? body.length() : comma + 1;
    Matcher m = FIELD.matcher(body);
    while (i < body.length() && m.find(i) && m.start() == i) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      int j = m.end();
      StringBuilder value = new StringBuilder();
      while (j < body.length() && body.charAt(j) != ',') {
        char c = body.charAt(j);
        if (c == '{') {
          int depth = 0;
          int k = j;
          for (; k < body.length(); k++) {
            if (body.charAt(k) == '{') {
              depth++;
            } else if (body.charAt(k) == '}' && --depth == 0) {
              break;
            }
          }
          value.append(body, j + 1, Math.min(k, body.length()));
          j = k + 1;
        } else if (c == '"') {
          int k = body.indexOf('"', j + 1);
          k = k < 0 ? body.length() : k;
          value.append(body, j + 1, k);
          j = k + 1;
        } else {
          if (!Character.isWhitespace(c) && c != '#') {
            value.append(c);
          }
          j++;
        }
      }
      out.put(name, value.toString().replaceAll("[{}]", "").strip());
      i = j + 1;
      while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
    }
    return out;
  }

  static Optional<String> arxivId(Map<String, String> f) {
    String eprint = f.get("eprint");
    String prefix = f.getOrDefault("archiveprefix", f.getOrDefault("eprinttype", ""));
    if (eprint != null) {
      boolean arxiv = prefix.isEmpty() || prefix.equalsIgnoreCase("arxiv");
      Optional<String> id = arxiv ? ArxivId.parse(eprint.strip()) : Optional.empty();
      if (id.isPresent()) {
        return id;
      }
    }
    for (String name : List.of("url", "doi", "journal", "note", "howpublished", "eprint")) {
      String v = f.get(name);
      if (v != null) {
        Matcher m = ARXIV_IN_TEXT.matcher(v);
        if (m.find()) {
          Optional<String> id = ArxivId.parse(m.group(1));
          if (id.isPresent()) {
            return id;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        count++;
      }
    }
    return count;
  }
}
