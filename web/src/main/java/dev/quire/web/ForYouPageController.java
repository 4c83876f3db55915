package dev.quire.web;

import dev.quire.account.AuthenticatedUser;
import dev.quire.foryou.ForYouServices;
import dev.quire.foryou.Onboarding;
import dev.quire.foryou.Suggestion;
import dev.quire.paper.FeaturedPaper;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.Period;
import dev.quire.web.view.Dates;
import dev.quire.web.view.ForYouView;
import dev.quire.web.view.Link;
import dev.quire.web.view.PaperCard;
import dev.quire.web.view.SuggestionCard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /for-you} (a signed-in reader's ranked papers of a day, week or month), "not interested",
 * and onboarding at {@code /for-you/start}.
 */
final class ForYouPageController {
  /** Papers shown per period. */
  static final int LIMIT = 50;

  /** Categories offered at onboarding: code and name. */
  static final List<String[]> CATEGORIES =
      List.of(
          new String[] {"cs.AI", "Artificial Intelligence"},
          new String[] {"cs.CL", "Computation and Language"},
          new String[] {"cs.CV", "Computer Vision"},
          new String[] {"cs.LG", "Machine Learning"},
          new String[] {"cs.RO", "Robotics"},
          new String[] {"cs.CR", "Cryptography and Security"},
          new String[] {"cs.PL", "Programming Languages"},
          new String[] {"stat.ML", "Machine Learning (Statistics)"},
          new String[] {"math.OC", "Optimization and Control"},
          new String[] {"quant-ph", "Quantum Physics"},
          new String[] {"cond-mat.str-el", "Strongly Correlated Electrons"},
          new String[] {"cond-mat.mtrl-sci", "Materials Science"},
          new String[] {"hep-th", "High Energy Physics - Theory"},
          new String[] {"astro-ph.GA", "Astrophysics of Galaxies"},
          new String[] {"gr-qc", "General Relativity and Quantum Cosmology"},
          new String[] {"q-bio.NC", "Neurons and Cognition"});

  private final ForYouServices services;
  private final PaperRepository papers;
  private final PagePersonalizer pages;

  ForYouPageController(ForYouServices services, PaperRepository papers, PagePersonalizer pages) {
    this.services = services;
    this.papers = papers;
    this.pages = pages;
  }

  void show(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    Period requested = Params.period(ctx);
    LocalDate latest = services.forYou().latestDay();
    Period period = requested != null ? requested : Period.day(latest);
    List<Suggestion> suggestions = services.forYou().show(user.id(), period, LIMIT);
    List<SuggestionCard> items = items(papers, suggestions);
    String back = "/for-you?" + period.paramName() + "=" + period.param();
    Period next = period.next();
    ForYouView view =
        new ForYouView(
            period,
            List.of(
                tab("Daily", Period.day(anchor(period, latest)), period),
                tab("Weekly", Period.weekOf(anchor(period, latest)), period),
                tab("Monthly", Period.monthOf(anchor(period, latest)), period)),
            link(period.previous()),
            next.from().isAfter(latest) ? null : link(next),
            items,
            services.forYou().weights().describe(),
            services.forYou().positiveCount(user.id()),
            services.follows().of(user.id()).size(),
            back);
    ctx.header("Cache-Control", "private, no-store");
    pages.render(ctx, "for-you.jte", Map.of("view", view));
  }

  /** The cards of these suggestions, in order, with their reasons. */
  static List<SuggestionCard> items(PaperRepository papers, List<Suggestion> suggestions) {
    Map<String, FeaturedPaper> byId = new HashMap<>();
    papers
        .cards(suggestions.stream().map(Suggestion::paperId).toList())
        .forEach(f -> byId.put(f.paper().id(), f));
    List<SuggestionCard> out = new ArrayList<>();
    for (Suggestion s : suggestions) {
      FeaturedPaper f = byId.get(s.paperId());
      if (f != null) {
        out.add(new SuggestionCard(PaperCard.of(f), s.reasons(), s.isNew()));
      }
    }
    return out;
  }

  private static LocalDate anchor(Period period, LocalDate latest) {
    if (period.kind() == Period.Kind.DAY) {
      return period.from();
    }
    LocalDate last = period.toExclusive().minusDays(1);
    return last.isAfter(latest) ? (latest.isBefore(period.from()) ? period.from() : latest) : last;
  }

  private static Link tab(String label, Period target, Period shown) {
    return new Link(label, url(target), target.kind() == shown.kind());
  }

  private static Link link(Period p) {
    return Link.to(Dates.shortTitle(p), url(p));
  }

  static String url(Period p) {
    return "/for-you?" + p.paramName() + "=" + p.param();
  }

  void notInterested(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    String id = ctx.pathParam("id");
    if (papers.find(id).isEmpty()) {
      throw new NotFoundResponse("no paper with id " + id);
    }
    services.forYou().dismiss(user.id(), id);
    ctx.redirect(Back.of(ctx, "/for-you"), HttpStatus.SEE_OTHER);
  }

  void startForm(Context ctx) {
    Auth.required(ctx);
    pages.render(ctx, "for-you-start.jte", Map.of("categories", CATEGORIES));
  }

  void start(Context ctx) {
    AuthenticatedUser user = Auth.required(ctx);
    Onboarding onboarding = services.onboarding();
    List<Onboarding.Report> reports = new ArrayList<>();
    List<String> categories = new ArrayList<>(ctx.formParams("category"));
    String other = ctx.formParam("other");
    if (other != null && !other.isBlank()) {
      categories.addAll(Arrays.asList(other.strip().split("[\\s,]+")));
    }
    if (!categories.isEmpty()) {
      reports.add(onboarding.categories(user.id(), categories));
    }
    String ids = ctx.formParam("ids");
    if (ids != null && !ids.isBlank()) {
      reports.add(onboarding.arxivIds(user.id(), ids));
    }
    UploadedFile file = ctx.uploadedFile("bibtex");
    String pasted = ctx.formParam("bibtexText");
    if (file != null && file.size() > Onboarding.MAX_BIBTEX) {
      reports.add(Onboarding.tooLarge());
    } else if (file != null && file.size() > 0) {
      reports.add(onboarding.bibtex(user.id(), read(file)));
    } else if (pasted != null && !pasted.isBlank()) {
      reports.add(onboarding.bibtex(user.id(), pasted));
    }
    if (reports.isEmpty()) {
      reports.add(
          new Onboarding.Report(
              List.of(),
              List.of("nothing was given: pick a category, paste ids or choose a file")));
    }
    boolean problems = reports.stream().anyMatch(r -> !r.problems().isEmpty());
    boolean added = reports.stream().anyMatch(r -> !r.added().isEmpty());
    ctx.status(problems && !added ? 400 : 200);
    pages.render(ctx, "for-you-start.jte", Map.of("categories", CATEGORIES, "reports", reports));
  }

  private static String read(UploadedFile file) {
    try (InputStream in = file.content()) {
      return new String(in.readNBytes(Onboarding.MAX_BIBTEX + 1), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }
}
