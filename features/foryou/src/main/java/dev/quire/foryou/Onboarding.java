package dev.quire.foryou;

import dev.quire.paper.ArxivId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Start in a minute: a new reader picks categories (followed), pastes arXiv ids or uploads a BibTeX
 * file; the papers become their first positives. Bad entries are named, good ones kept.
 */
public final class Onboarding {
  /** Largest BibTeX upload, in characters. */
  public static final int MAX_BIBTEX = 900_000;

  /** Most ids or entries taken from one paste or file. */
  public static final int MAX_ENTRIES = 2_000;

  /**
   * What an onboarding step did.
   *
   * @param added arXiv ids (or categories) now among the reader's positives (or follows)
   * @param problems one line per entry left out, naming it and why
   */
  public record Report(List<String> added, List<String> problems) {
    public Report {
      added = List.copyOf(added);
      problems = List.copyOf(problems);
    }
  }

  private final ForYouRepository repo;
  private final Follows follows;
  private final Clock clock;

  public Onboarding(ForYouRepository repo, Follows follows, Clock clock) {
    this.repo = repo;
    this.follows = follows;
    this.clock = clock;
  }

  /** Follows these categories (or archives). */
  public Report categories(String userId, List<String> categories) {
    List<String> added = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String c : categories) {
      if (c == null || c.isBlank()) {
        continue;
      }
      try {
        follows.follow(userId, FollowKind.CATEGORY, c, List.of());
        added.add(c.strip());
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return new Report(added, problems);
  }

  /** Adds pasted arXiv ids or URLs (separated by spaces, commas or lines) as positives. */
  public Report arxivIds(String userId, String text) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    String[] tokens = text == null ? new String[0] : text.strip().split("[\\s,;]+");
    if (tokens.length > MAX_ENTRIES) {
      problems.add("only the first " + MAX_ENTRIES + " ids were read");
    }
    for (int i = 0; i < Math.min(tokens.length, MAX_ENTRIES); i++) {
      String t = tokens[i];
      if (t.isBlank()) {
        continue;
      }
      Optional<String> id = ArxivId.parse(t.replaceFirst("(?i)^arxiv:", ""));
      if (id.isPresent()) {
        ids.add(id.get());
      } else {
        problems.add("'" + abbreviate(t) + "' is not an arXiv id or arXiv URL");
      }
    }
    return keep(userId, ids, "arxiv", problems, id -> id);
  }

  /** Adds the arXiv papers of a BibTeX file as positives. */
  public Report bibtex(String userId, String text) {
    List<String> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Report(List.of(), List.of("the BibTeX file is empty"));
    }
    if (text.length() > MAX_BIBTEX) {
      return tooLarge();
    }
    List<BibtexReader.Entry> entries = BibtexReader.read(text);
    if (entries.isEmpty()) {
      return new Report(List.of(), List.of("no BibTeX entries (@article{...}) found in the file"));
    }
    if (entries.size() > MAX_ENTRIES) {
      problems.add("only the first " + MAX_ENTRIES + " entries were read");
      entries = entries.subList(0, MAX_ENTRIES);
    }
    Set<String> ids = new LinkedHashSet<>();
    java.util.Map<String, String> keyOf = new java.util.HashMap<>();
    for (BibtexReader.Entry e : entries) {
      String where = "entry " + e.key() + " (line " + e.line() + ")";
      if (e.problem() != null) {
        problems.add(where + ": " + e.problem());
      } else {
        ids.add(e.arxivId());
        keyOf.putIfAbsent(e.arxivId(), where);
      }
    }
    return keep(userId, ids, "bibtex", problems, id -> keyOf.get(id) + ", arXiv " + id);
  }

  /** The report on a BibTeX file over {@link #MAX_BIBTEX}. */
  public static Report tooLarge() {
    return new Report(
        List.of(),
        List.of(
            "the BibTeX file is larger than " + MAX_BIBTEX / 1000 + " kB; export fewer entries"));
  }

  private Report keep(
      String userId,
      Set<String> ids,
      String source,
      List<String> problems,
      java.util.function.Function<String, String> name) {
    Set<String> known = repo.existing(ids);
    List<String> added = new ArrayList<>();
    for (String id : ids) {
      if (known.contains(id)) {
        added.add(id);
      } else {
        problems.add(name.apply(id) + ": this paper is not in this Quire yet");
      }
    }
    repo.addSeeds(userId, added, source, clock.instant());
    return new Report(added, problems);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
