package dev.quire.foryou;

import dev.quire.search.QuerySyntax;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Following authors, organisations, categories, saved searches and public collections. */
public final class Follows {
  /** Longest key (name, query) accepted. */
  public static final int MAX_KEY = 200;

  /** Most follows per reader. */
  public static final int MAX_FOLLOWS = 500;

  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z-]*(\\.[A-Za-z-]+)?");

  /**
   * A spelling of an author's name found in the papers.
   *
   * @param name the spelling
   * @param papers how many of the scanned papers list it
   */
  public record NameVariant(String name, int papers) {}

  private final FollowRepository repo;
  private final Clock clock;

  public Follows(FollowRepository repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /**
   * Follows something; for authors, {@code variants} are other spellings to match too (only those
   * that plausibly name the same person are kept). The message of the exception names a bad kind or
   * key.
   */
  public Follow follow(String userId, FollowKind kind, String rawKey, List<String> variants) {
    String key = rawKey == null ? "" : rawKey.strip().replaceAll("\\s+", " ");
    if (key.isEmpty() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException(
          kind.code() + " to follow must be 1 to " + MAX_KEY + " characters; got '" + key + "'");
    }
    List<String> kept = new ArrayList<>();
    switch (kind) {
      case AUTHOR -> {
        for (String v : variants) {
          String s = v.strip();
          if (!s.isEmpty() && !s.equals(key) && Names.variantOf(key, s) && kept.size() < 20) {
            kept.add(s);
          }
        }
      }
      case ORGANIZATION -> {
        if (!repo.organizationExists(key)) {
          throw new IllegalArgumentException("no organization named '" + key + "' is known");
        }
      }
      case CATEGORY -> {
        if (!CATEGORY.matcher(key).matches()) {
          throw new IllegalArgumentException(
              "'" + key + "' is not an arXiv category or archive like cs.CL, cond-mat or quant-ph");
        }
      }
      case SEARCH -> QuerySyntax.parse(key);
      case COLLECTION -> {
        if (!repo.publicCollectionExists(key)) {
          throw new IllegalArgumentException("no public collection with id '" + key + "'");
        }
      }
    }
    if (repo.of(userId).size() >= MAX_FOLLOWS && repo.createdAt(userId, kind, key).isEmpty()) {
      throw new IllegalArgumentException("you follow " + MAX_FOLLOWS + " things already");
    }
    repo.put(userId, kind, key, kept, clock.instant());
    return repo.of(userId).stream()
        .filter(f -> f.kind() == kind && f.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** Stops following; false when it was not followed. */
  public boolean unfollow(String userId, FollowKind kind, String key) {
    return repo.remove(userId, kind, key == null ? "" : key.strip());
  }

  /** What the reader follows, oldest first. */
  public List<Follow> of(String userId) {
    return repo.of(userId);
  }

  /** Whether the reader follows this. */
  public boolean follows(String userId, FollowKind kind, String key) {
    return repo.createdAt(userId, kind, key).isPresent();
  }

  /**
   * Spellings of {@code name} that occur in the papers (same surname, same first initial), the most
   * frequent first, {@code name} itself included when it occurs.
   */
  public List<NameVariant> variants(String name) {
    String n = Names.normalize(name);
    if (n.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String json : repo.authorListsWithSurname(Names.surname(n), 2000)) {
      for (String a : ForYouRepository.authorNames(json)) {
        if (Names.variantOf(name, a)) {
          counts.merge(a, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(20)
        .map(e -> new NameVariant(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * An author's page: the papers listing exactly this name, newest first, with co-authors and
   * organisations over them.
   *
   * @param name the name
   * @param paperIds ids of this page of papers, newest first
   * @param more whether there are more papers after this page
   * @param coauthors co-author names with papers shared, most first (at most 20)
   * @param organizations organisations of the papers with counts, most first
   * @param variants other spellings in the data
   */
  public record AuthorPage(
      String name,
      List<String> paperIds,
      boolean more,
      List<NameVariant> coauthors,
      List<NameVariant> organizations,
      List<NameVariant> variants) {}

  /** The author page of {@code name}, or null when no paper lists it. */
  public AuthorPage author(String name, int offset, int limit) {
    List<String> ids = repo.papersByAuthor(List.of(name), offset, limit + 1);
    if (ids.isEmpty() && offset == 0) {
      return null;
    }
    boolean more = ids.size() > limit;
    List<String> page = more ? ids.subList(0, limit) : ids;
    List<String> all = repo.papersByAuthor(List.of(name), 0, 500);
    Map<String, Integer> co = new LinkedHashMap<>();
    String self = Names.normalize(name);
    for (String json : repo.authorListsOf(all)) {
      for (String a : ForYouRepository.authorNames(json)) {
        if (!Names.normalize(a).equals(self)) {
          co.merge(a, 1, Integer::sum);
        }
      }
    }
    List<NameVariant> coauthors =
        co.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(20)
            .map(e -> new NameVariant(e.getKey(), e.getValue()))
            .toList();
    List<NameVariant> orgs =
        repo.organizationsOf(all).entrySet().stream()
            .map(e -> new NameVariant(e.getKey(), e.getValue()))
            .toList();
    List<NameVariant> variants =
        variants(name).stream().filter(v -> !v.name().equals(name)).toList();
    return new AuthorPage(name, List.copyOf(page), more, coauthors, orgs, variants);
  }
}
