package dev.quire.foryou;

import dev.quire.search.QuerySyntax;
import dev.quire.search.SearchQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a paper comes from something a reader follows, and says which in words. Saved
 * searches are matched with the search box's syntax: every word (short and common ones aside) and
 * phrase in the title or abstract, and every {@code author:}, {@code cat:}, {@code org:}, {@code
 * after:} and {@code before:} filter.
 */
public final class FollowMatcher {
  private static final Set<String> STOP =
      Set.of("the", "and", "for", "with", "from", "into", "that", "this", "via", "are", "its");

  private record Search(String text, SearchQuery query, List<String> plain, List<Pattern> words) {}

  private final Map<String, String> authors = new HashMap<>(); // normalised name -> followed name
  private final Map<String, String> organizations = new HashMap<>(); // lower name -> name
  private final List<String> categories = new ArrayList<>();
  private final List<Search> searches = new ArrayList<>();
  private final Map<String, List<String>> collections; // paper id -> collection labels

  /** A matcher of nothing. */
  public static final FollowMatcher NONE = new FollowMatcher(List.of(), Map.of());

  /**
   * A matcher of these follows; {@code collectionPapers} maps a followed collection's label to the
   * ids of its papers.
   */
  public FollowMatcher(List<Follow> follows, Map<String, Set<String>> collectionPapers) {
    for (Follow f : follows) {
      switch (f.kind()) {
        case AUTHOR -> f.names().forEach(n -> authors.put(Names.normalize(n), f.key()));
        case ORGANIZATION -> organizations.put(f.key().toLowerCase(Locale.ROOT), f.label());
        case CATEGORY -> categories.add(f.key().toLowerCase(Locale.ROOT));
        case SEARCH -> searches.add(search(f.key()));
        case COLLECTION -> {
          // from collectionPapers below
        }
      }
    }
    this.collections = new HashMap<>();
    collectionPapers.forEach(
        (label, ids) ->
            ids.forEach(id -> collections.computeIfAbsent(id, k -> new ArrayList<>()).add(label)));
  }

  private static Search search(String text) {
    SearchQuery q = QuerySyntax.parse(text);
    List<String> plain = new ArrayList<>();
    for (String w : q.text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.length() > 2 && !STOP.contains(w)) {
        plain.add(w);
      }
    }
    for (String p : q.phrases()) {
      plain.add(p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
    return new Search(text, q, plain, plain.stream().map(FollowMatcher::wholeWord).toList());
  }

  private static Pattern wholeWord(String w) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])");
  }

  /** Whether nothing is followed. */
  public boolean isEmpty() {
    return authors.isEmpty()
        && organizations.isEmpty()
        && categories.isEmpty()
        && searches.isEmpty()
        && collections.isEmpty();
  }

  /** The reasons a paper comes from what the reader follows, in words; empty when it does not. */
  public List<Reason> reasons(Candidate c) {
    List<Reason> out = new ArrayList<>(2);
    if (!authors.isEmpty()) {
      List<String> keys = c.authorKeys();
      for (int i = 0; i < keys.size(); i++) {
        if (authors.containsKey(keys.get(i))) {
          out.add(new Reason("by", c.authors().get(i), ", an author you follow"));
          break;
        }
      }
    }
    if (c.organization() != null) {
      String org = organizations.get(c.organization().toLowerCase(Locale.ROOT));
      if (org != null) {
        out.add(new Reason("from", org, ", which you follow"));
      }
    }
    String cat = category(c);
    if (cat != null) {
      out.add(new Reason("in", cat, ", which you follow"));
    }
    List<String> labels = collections.get(c.id());
    if (labels != null) {
      out.add(new Reason("in the collection", labels.get(0), ", which you follow"));
    }
    for (Search s : searches) {
      if (matches(s, c)) {
        out.add(new Reason("matches your search", s.text(), ""));
        break;
      }
    }
    return out;
  }

  private String category(Candidate c) {
    for (String have : c.categories()) {
      String h = have.toLowerCase(Locale.ROOT);
      for (String want : categories) {
        if (h.equals(want) || h.startsWith(want + ".")) {
          return have;
        }
      }
    }
    return null;
  }

  private static boolean matches(Search s, Candidate c) {
    SearchQuery q = s.query();
    if (q.arxivId() != null) {
      return q.arxivId().equals(c.id());
    }
    if (q.after() != null && c.day().isBefore(q.after())) {
      return false;
    }
    if (q.before() != null && !c.day().isBefore(q.before())) {
      return false;
    }
    if (!q.categories().isEmpty()
        && q.categories().stream()
            .noneMatch(
                want ->
                    c.categories().stream()
                        .map(x -> x.toLowerCase(Locale.ROOT))
                        .anyMatch(h -> h.equals(want) || h.startsWith(want + ".")))) {
      return false;
    }
    if (!q.organizations().isEmpty()
        && (c.organization() == null
            || !q.organizations().contains(c.organization().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    for (String author : q.authors()) {
      String want = Names.normalize(author);
      if (c.authorKeys().stream().noneMatch(n -> n.contains(want))) {
        return false;
      }
    }
    if (s.words().isEmpty()) {
      return q.hasFilters();
    }
    String hay = c.text();
    for (String w : s.plain()) {
      if (!hay.contains(w)) {
        return false;
      }
    }
    for (Pattern p : s.words()) {
      if (!p.matcher(hay).find()) {
        return false;
      }
    }
    return true;
  }
}
