package dev.quire.web;

import dev.quire.paper.Author;
import dev.quire.paper.DailyEntry;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Maps Quire's papers to the {@link HfJson} shapes, with timestamps as HF writes them. */
final class HfPaperMapper {
  private static final DateTimeFormatter HF_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String USER_TYPE = "user";

  private HfPaperMapper() {}

  /** The daily-list element of a featured paper. */
  static HfJson.DailyPaper daily(FeaturedPaper f) {
    Paper p = f.paper();
    DailyEntry e = f.entry();
    HfJson.Organization org = organization(f.organization());
    HfJson.Submitter submittedBy =
        e.submitter() == null
            ? null
            : new HfJson.Submitter(
                e.submitterAvatar(), e.submitterFullname(), e.submitter(), USER_TYPE);
    return new HfJson.DailyPaper(
        paper(p, e, org),
        time(newYorkWallClock(p.publishedAt())),
        p.title(),
        p.abstractText(),
        p.numComments(),
        submittedBy,
        org,
        submitterIsAuthor(p, e));
  }

  /**
   * Our reading of HF's {@code isAuthorParticipating}: the submitter is one of the paper's claimed
   * authors. It agrees with HF on 99% of the 7,600 entries of the shared HF data that carry the
   * flag.
   */
  private static boolean submitterIsAuthor(Paper p, DailyEntry e) {
    if (e.submitter() == null) {
      return false;
    }
    for (Author a : p.authors()) {
      if (e.submitter().equals(a.hfUser())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flat paper object; {@code entry} (when it was featured) and {@code organization} may be
   * null.
   */
  static HfJson.Paper paper(Paper p, DailyEntry entry, Organization organization) {
    return paper(p, entry, organization(organization));
  }

  private static HfJson.Paper paper(Paper p, DailyEntry e, HfJson.Organization org) {
    return new HfJson.Paper(
        p.id(),
        authors(p.authors()),
        time(p.publishedAt()),
        e == null ? null : time(submittedOnDailyAt(e)),
        p.title(),
        e == null || e.submitter() == null
            ? null
            : new HfJson.User(
                e.submitterAvatar(),
                e.submitterFullname(),
                e.submitter(),
                USER_TYPE,
                e.submitter()),
        p.abstractText(),
        p.upvotes(),
        p.projectPage(),
        p.githubRepo(),
        p.aiSummary(),
        p.aiKeywords().isEmpty() ? null : p.aiKeywords(),
        p.githubStars(),
        org);
  }

  private static List<HfJson.Author> authors(List<Author> authors) {
    List<HfJson.Author> out = new ArrayList<>(authors.size());
    for (Author a : authors) {
      HfJson.User user =
          a.hfUser() == null
              ? null
              : new HfJson.User(null, null, a.hfUser(), USER_TYPE, a.hfUser());
      out.add(new HfJson.Author(user, a.name(), false));
    }
    return out;
  }

  private static HfJson.Organization organization(Organization o) {
    return o == null
        ? null
        : new HfJson.Organization(o.hfId(), o.name(), o.fullname(), o.avatarUrl());
  }

  /**
   * When the paper was put on the daily list: the submission time, else the start of the featured
   * day (UTC).
   */
  static Instant submittedOnDailyAt(DailyEntry e) {
    return e.submittedAt() != null
        ? e.submittedAt()
        : e.featuredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * HF's top-level {@code publishedAt} of a daily entry is the paper's publishedAt read as New York
   * wall-clock time and labelled UTC (2026-08-20T00:00Z becomes 2026-08-19T20:00Z); every recent HF
   * response does this, so we do the same for clients that compare the two.
   */
  private static Instant newYorkWallClock(Instant i) {
    return i == null ? null : i.atZone(NEW_YORK).toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  /** HF's timestamp form: milliseconds and a Z, e.g. 2026-08-21T00:00:00.000Z; null stays null. */
  static String time(Instant i) {
    return i == null ? null : HF_TIME.format(i);
  }
}
