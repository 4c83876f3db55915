package dev.quire.web;

import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Papers found by a search, as feed entries: dated by their first featuring, else publication. */
final class FeedItems {
  private FeedItems() {}

  static List<FeaturedPaper> of(PaperRepository papers, List<Paper> found, Clock clock) {
    Map<String, List<DailyEntry>> entries =
        papers.entriesOf(found.stream().map(Paper::id).toList());
    Set<String> orgNames = new LinkedHashSet<>();
    for (Paper p : found) {
      if (p.organization() != null) {
        orgNames.add(p.organization());
      }
    }
    Map<String, Organization> orgs = papers.findOrganizations(orgNames);
    List<FeaturedPaper> out = new ArrayList<>();
    for (Paper p : found) {
      List<DailyEntry> featured = entries.getOrDefault(p.id(), List.of());
      DailyEntry e = featured.isEmpty() ? published(p, clock) : featured.get(0);
      out.add(
          new FeaturedPaper(e, p, p.organization() == null ? null : orgs.get(p.organization())));
    }
    return out;
  }

  /** An entry dated by the paper's publication, for papers never featured. */
  private static DailyEntry published(Paper p, Clock clock) {
    Instant at = p.publishedAt() == null ? clock.instant() : p.publishedAt();
    return new DailyEntry(p.id(), at.atZone(ZoneOffset.UTC).toLocalDate(), at, null, null, null);
  }
}
