package dev.quire.digest;

import dev.quire.mail.MailMessage;
import dev.quire.paper.Author;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the mails of digests: the digest and topic alerts (HTML and plain text, with RFC 8058
 * one-click unsubscribe headers), and the confirmation mail of a new subscription.
 */
public final class DigestComposer {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final int SUMMARY_CHARS = 280;

  /** The heading of the section ranked for the reader. */
  static final String FOR_YOU = "For you";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final String site;
  private final Supplier<String> siteUrl;
  private final SignedTokens tokens;

  /** Mails of {@code site}, whose links start with {@code siteUrl} (no trailing slash). */
  public DigestComposer(String site, Supplier<String> siteUrl, SignedTokens tokens) {
    this.site = site;
    this.siteUrl = siteUrl;
    this.tokens = tokens;
  }

  private String mailHost() {
    String host = URI.create(siteUrl.get()).getHost();
    return host == null || host.isBlank() ? "localhost" : host;
  }

  /** The page that unsubscribes (POST) this subscription, no sign-in needed. */
  public String unsubscribeUrl(String subscriptionId) {
    return siteUrl.get()
        + "/unsubscribe?token="
        + tokens.sign(Subscriptions.UNSUBSCRIBE, subscriptionId);
  }

  /** The one-paper view of a digest. */
  public DigestItem item(Paper p, Organization org) {
    return new DigestItem(
        p.title(),
        authors(p.authors()),
        org == null ? null : org.displayName(),
        p.upvotes(),
        summary(p),
        siteUrl.get() + "/papers/" + p.id(),
        null);
  }

  /** The mail of a daily or weekly digest for one subscriber. */
  public MailMessage digest(OutboxMessage m, DigestRun run, List<DigestItem> items) {
    return digest(m, run, items, List.of());
  }

  /**
   * The mail of a daily or weekly digest for one subscriber, with a "For you" section of {@code
   * forYou} (papers with reasons) after the trending papers when it is not empty.
   */
  public MailMessage digest(
      OutboxMessage m, DigestRun run, List<DigestItem> items, List<DigestItem> forYou) {
    boolean weekly = run.kind().equals("weekly");
    String heading =
        weekly
            ? "Trending papers of the week to " + DAY.format(run.toExclusive().minusDays(1))
            : "Trending papers of " + DAY.format(run.from());
    String subject =
        weekly
            ? site
                + " weekly: trending papers, "
                + run.from()
                + " to "
                + run.toExclusive().minusDays(1)
            : site + " daily: trending papers of " + run.from();
    String intro =
        "The "
            + (items.size() == 1 ? "paper" : items.size() + " papers")
            + " the community upvoted most"
            + (weekly ? " this week." : " on " + DAY.format(run.from()) + ".");
    return message(
        m,
        subject,
        heading,
        intro,
        forYou.isEmpty()
            ? List.of(new DigestSection(null, items))
            : List.of(new DigestSection(null, items), new DigestSection(FOR_YOU, forYou)),
        "You get this "
            + (weekly ? "weekly" : "daily")
            + " digest because you subscribed at "
            + site
            + ".");
  }

  /** The mail of one subscriber's topic alerts of {@code day}. */
  public MailMessage alerts(OutboxMessage m, LocalDate day, List<DigestSection> sections) {
    int papers = sections.stream().mapToInt(s -> s.items().size()).sum();
    String topics =
        sections.size() == 1
            ? "“" + sections.get(0).heading() + "”"
            : sections.size() + " of your topics";
    return message(
        m,
        site
            + " alert: "
            + papers
            + " new paper"
            + (papers == 1 ? "" : "s")
            + " on "
            + topics
            + ", "
            + day,
        "New papers on " + topics,
        "Papers matching your saved searches that are new since your last alert.",
        sections.stream().map(s -> new DigestSection("Topic: " + s.heading(), s.items())).toList(),
        "You get these alerts because you saved topics at " + site + ".");
  }

  private MailMessage message(
      OutboxMessage m,
      String subject,
      String heading,
      String intro,
      List<DigestSection> sections,
      String reason) {
    String unsubscribe = unsubscribeUrl(m.subscriptionId());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("site", site);
    params.put("siteUrl", siteUrl.get());
    params.put("heading", heading);
    params.put("intro", intro);
    params.put("sections", sections);
    params.put("unsubscribeUrl", unsubscribe);
    params.put("reason", reason);
    StringOutput html = new StringOutput();
    engine.render("mail/digest.jte", params, html);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    headers.put("List-Id", site + " digest <digest." + mailHost() + ">");
    headers.put("Auto-Submitted", "auto-generated");
    return new MailMessage(
        m.email(),
        subject,
        text(heading, intro, sections, reason, unsubscribe),
        html.toString(),
        headers,
        messageId(m.digestKey(), m.subscriptionId()));
  }

  /**
   * The Message-ID of a digest message, derived from its outbox key, so a message resent after a
   * crash carries the same id and reads as a duplicate.
   */
  String messageId(String digestKey, String subscriptionId) {
    return "digest." + digestKey.replace(':', '.') + "." + subscriptionId + "@" + mailHost();
  }

  private String text(
      String heading, String intro, List<DigestSection> sections, String reason, String unsub) {
    StringBuilder b = new StringBuilder();
    b.append(heading)
        .append("\n")
        .append("=".repeat(Math.min(heading.length(), 76)))
        .append("\n\n");
    b.append(wrap(intro, "")).append("\n");
    for (DigestSection s : sections) {
      if (s.heading() != null) {
        b.append("\n")
            .append(s.heading())
            .append("\n")
            .append("-".repeat(Math.min(s.heading().length(), 76)))
            .append("\n");
      }
      int n = 1;
      for (DigestItem i : s.items()) {
        b.append("\n").append(n++).append(". ").append(i.title()).append("\n");
        b.append("   ").append(i.authors());
        if (i.organization() != null) {
          b.append(" · ").append(i.organization());
        }
        b.append(" · ")
            .append(i.upvotes())
            .append(i.upvotes() == 1 ? " upvote" : " upvotes")
            .append("\n");
        if (i.reason() != null) {
          b.append(wrap("Why: " + i.reason(), "   ")).append("\n");
        }
        b.append(wrap(i.summary(), "   ")).append("\n");
        b.append("   ").append(i.url()).append("\n");
      }
    }
    b.append("\n-- \n").append(reason).append("\n");
    b.append("Unsubscribe (one click, no sign-in): ").append(unsub).append("\n");
    return b.toString();
  }

  /** The confirmation mail of a subscription request. */
  public MailMessage confirmation(Subscription s, String confirmUrl) {
    String text =
        "Someone, hopefully you, asked to get "
            + site
            + "'s trending papers at "
            + s.email()
            + " ("
            + s.frequency().db()
            + (s.topN() > 0 ? ", top " + s.topN() : ", topic alerts only")
            + (s.topics().isEmpty() ? "" : ", " + s.topics().size() + " topic alert(s)")
            + ").\n\nConfirm the subscription here:\n"
            + confirmUrl
            + "\n\nThe link works for 7 days. If you did not ask for this, ignore this mail:"
            + " nothing will be sent without confirmation.\n";
    return MailMessage.text(s.email(), "Confirm your subscription to " + site, text);
  }

  /** The mail sent instead of a confirmation when the address is already subscribed. */
  public MailMessage alreadySubscribed(Subscription s) {
    String text =
        "Someone, hopefully you, asked to subscribe "
            + s.email()
            + " to "
            + site
            + "'s trending papers. This address is already subscribed, so nothing changed.\n\n"
            + "To change your choices, unsubscribe and subscribe again. Unsubscribe here:\n"
            + unsubscribeUrl(s.id())
            + "\n";
    return MailMessage.text(s.email(), "You are already subscribed to " + site, text);
  }

  static String authors(List<Author> authors) {
    if (authors.isEmpty()) {
      return "Unknown authors";
    }
    List<String> names = authors.stream().limit(3).map(Author::name).toList();
    String shown = String.join(", ", names);
    return authors.size() > 3 ? shown + " and " + (authors.size() - 3) + " more" : shown;
  }

  static String summary(Paper p) {
    String s = p.aiSummary() != null && !p.aiSummary().isBlank() ? p.aiSummary() : p.abstractText();
    s = s.strip().replaceAll("\\s+", " ");
    if (s.length() <= SUMMARY_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
    return s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).replaceAll("[,;:.]$", "")
        + "…";
  }

  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > 76) {
        out.append(line).append("\n");
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).toString();
  }
}
