package dev.quire.paper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges a newly imported record into what is stored, so that sources complete each other.
 *
 * <p>Title, abstract and authors come from the newer arXiv version (a record that names a version
 * beats one that does not, and a record last updated on arXiv after the stored one beats it too,
 * since arXiv's OAI-PMH format dates the latest version without numbering it); other fields take
 * the incoming value when it is known; versions are united; counts never go down; the
 * first-published date is the earliest seen, a date with a known day beating one known only to the
 * month.
 */
public final class PaperMerger {
  private PaperMerger() {}

  /** The merged paper; {@code existing} may be null, in which case {@code incoming} is returned. */
  public static Paper merge(Paper existing, Paper incoming) {
    if (existing == null) {
      return incoming;
    }
    PaperBuilder b = existing.toBuilder();
    if (incomingIsNewer(existing.latestVersion(), incoming.latestVersion())
        || updatedLater(existing.updatedAt(), incoming.updatedAt())) {
      b.title(incoming.title()).abstractText(incoming.abstractText());
      if (!incoming.authors().isEmpty()) {
        b.authors(incoming.authors());
      }
    }
    if (!incoming.categories().isEmpty()) {
      b.categories(incoming.categories());
    }
    b.primaryCategory(pick(incoming.primaryCategory(), existing.primaryCategory()))
        .comments(pick(incoming.comments(), existing.comments()))
        .doi(pick(incoming.doi(), existing.doi()))
        .journalRef(pick(incoming.journalRef(), existing.journalRef()))
        .reportNo(pick(incoming.reportNo(), existing.reportNo()))
        .license(pick(incoming.license(), existing.license()))
        .submitter(pick(incoming.submitter(), existing.submitter()))
        .versions(unite(existing.versions(), incoming.versions()))
        .published(published(existing, incoming))
        .updatedAt(latest(existing.updatedAt(), incoming.updatedAt()))
        .upvotes(Math.max(existing.upvotes(), incoming.upvotes()))
        .numComments(Math.max(existing.numComments(), incoming.numComments()))
        .aiSummary(pick(incoming.aiSummary(), existing.aiSummary()))
        .githubRepo(pick(incoming.githubRepo(), existing.githubRepo()))
        .githubStars(pick(incoming.githubStars(), existing.githubStars()))
        .projectPage(pick(incoming.projectPage(), existing.projectPage()))
        .organization(pick(incoming.organization(), existing.organization()))
        .withdrawn(existing.withdrawn() || incoming.withdrawn());
    if (!incoming.aiKeywords().isEmpty()) {
      b.aiKeywords(incoming.aiKeywords());
    }
    return b.build();
  }

  static boolean incomingIsNewer(Integer storedVersion, Integer incomingVersion) {
    if (incomingVersion == null) {
      return storedVersion == null;
    }
    return storedVersion == null || incomingVersion >= storedVersion;
  }

  static boolean updatedLater(Instant storedUpdate, Instant incomingUpdate) {
    return storedUpdate != null && incomingUpdate != null && incomingUpdate.isAfter(storedUpdate);
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static ArxivDates.Dated published(Paper existing, Paper incoming) {
    boolean existingKnown = existing.publishedAt() != null && !existing.publishedDayUnknown();
    boolean incomingKnown = incoming.publishedAt() != null && !incoming.publishedDayUnknown();
    if (existingKnown != incomingKnown) {
      Paper known = existingKnown ? existing : incoming;
      return new ArxivDates.Dated(known.publishedAt(), true);
    }
    Instant first = earliest(existing.publishedAt(), incoming.publishedAt());
    return new ArxivDates.Dated(first, existingKnown || first == null);
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static List<PaperVersion> unite(List<PaperVersion> a, List<PaperVersion> b) {
    Map<Integer, PaperVersion> byNumber = new TreeMap<>();
    for (PaperVersion v : a) {
      byNumber.put(v.number(), v);
    }
    for (PaperVersion v : b) {
      byNumber.merge(v.number(), v, (old, neu) -> neu.created() != null ? neu : old);
    }
    List<PaperVersion> out = new ArrayList<>(byNumber.values());
    out.sort(Comparator.comparingInt(PaperVersion::number));
    return out;
  }
}
