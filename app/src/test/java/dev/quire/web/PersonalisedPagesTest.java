package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.web.view.Hole;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed-in reader sees their own state on every page, whether the page was rendered for them or
 * cut from the anonymous page in the answer cache: their CSRF token in every form, their upvotes
 * pressed on every card, their name in the account menu.
 */
class PersonalisedPagesTest {
  private static final Set<String> VOTED = Set.of("2608.10002", "hep-th/9901001");
  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern POST_FORM =
      Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern VOTE =
      Pattern.compile(
          Pattern.quote(Hole.VOTE_START)
              + "([^\"]*)"
              + Pattern.quote(Hole.VOTE_STATE)
              + "(true|false)\"");
  private static final int MAX_PAGES = 300;

  /** Pages read per shape (path and the names of its query parameters): filters multiply. */
  private static final int PER_SHAPE = 3;

  @TempDir Path dir;

  private static String pressed(String id, boolean pressed) {
    return Hole.VOTE_START + id + Hole.VOTE_STATE + pressed + "\"";
  }

  @Test
  void aReadersOwnUpvotesShowPressedOnSearchResults() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      site.quire.search().syncNow(line -> {});
      Visitor ann = site.member("ann");
      ann.get("/search?q=Quiet+Gradients");
      assertThat(ann.submit("/papers/2608.10002/vote").status()).isEqualTo(303);

      String mine = ann.get("/search?q=Quiet+Gradients").body();
      assertThat(mine)
          .contains(pressed("2608.10002", true))
          .contains(Hole.CSRF_START + ann.csrf() + Hole.CSRF_END)
          .doesNotContain(Hole.CSRF_EMPTY);
      assertThat(site.member("bea").get("/search?q=Quiet+Gradients").body())
          .contains(pressed("2608.10002", false));
      assertThat(site.visitor().get("/search?q=Quiet+Gradients").body())
          .contains(pressed("2608.10002", false))
          .contains(Hole.CSRF_EMPTY);

      ann.submit("/papers/2608.10002/vote");
      assertThat(ann.get("/search?q=Quiet+Gradients").body())
          .contains(pressed("2608.10002", false));
    }
  }

  @Test
  void everyPageASignedInReaderReachesCarriesTheirTokenUpvotesAndMenu() {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      site.quire.search().syncNow(line -> {});
      Visitor ann = site.member("ann");
      ann.get("/");
      for (String id : VOTED) {
        assertThat(ann.submit("/papers/" + id + "/vote").status()).isEqualTo(303);
      }
      String collection = CollectionsTest.create(ann, "Reading list", "", "public");
      ann.get(collection);
      for (String id : VOTED) {
        ann.submit(collection + "/papers", "paper", id);
      }
      String token = ann.csrf();

      Deque<String> queue =
          new ArrayDeque<>(List.of("/", "/search?q=Gradients", "/search?q=Strings", collection));
      Set<String> seen = new LinkedHashSet<>(queue);
      List<String> wrong = new ArrayList<>();
      Set<String> pressedOn = new TreeSet<>();
      Map<String, Integer> shapes = new HashMap<>();
      int pages = 0;
      while (!queue.isEmpty() && pages < MAX_PAGES) {
        String path = queue.poll();
        Visitor.Page page = ann.get(path);
        if (page.status() != 200
            || !page.body().stripLeading().regionMatches(true, 0, "<!doctype html>", 0, 15)) {
          continue;
        }
        pages++;
        String html = page.body();
        check(path, html, token, wrong, pressedOn);
        Matcher links = LINK.matcher(html);
        while (links.find()) {
          String link = links.group(1).replace("&amp;", "&");
          if (crawlable(link)
              && seen.add(link)
              && shapes.merge(shape(link), 1, Integer::sum) <= PER_SHAPE) {
            queue.add(link);
          }
        }
      }
      System.out.println("crawled " + pages + " pages; upvotes pressed on " + pressedOn);
      assertThat(wrong).isEmpty();
      assertThat(pages).isGreaterThan(20);
      assertThat(pressedOn)
          .as("pages where the reader's upvotes showed pressed")
          .contains("", "search", "collections", "authors", "categories", "papers", "trending");
    }
  }

  private static void check(
      String path, String html, String token, List<String> wrong, Set<String> pressedOn) {
    if (!html.contains("class=\"account-name\" href=\"/settings\">ann</a>")) {
      wrong.add(path + ": the account menu is not ann's");
    }
    Matcher forms = POST_FORM.matcher(html);
    while (forms.find()) {
      if (!forms.group(1).contains(Hole.CSRF_START + token + Hole.CSRF_END)) {
        wrong.add(path + ": a form without ann's CSRF token: " + abbreviate(forms.group()));
      }
    }
    int buttons = html.split("class=\"vote-button\"", -1).length - 1;
    Matcher votes = VOTE.matcher(html);
    int holes = 0;
    while (votes.find()) {
      holes++;
      boolean shown = votes.group(2).equals("true");
      if (shown != VOTED.contains(votes.group(1))) {
        wrong.add(path + ": the upvote of " + votes.group(1) + " shows pressed=" + shown);
      } else if (shown) {
        String first = path.substring(1).split("[/?]", 2)[0];
        pressedOn.add(first);
      }
    }
    if (holes != buttons) {
      wrong.add(path + ": " + buttons + " upvote buttons, " + holes + " of them with a vote hole");
    }
  }

  /** A link's path with the sorted names of its query parameters. */
  private static String shape(String link) {
    int q = link.indexOf('?');
    if (q < 0) {
      return link;
    }
    return link.substring(0, q)
        + "?"
        + Stream.of(link.substring(q + 1).split("&"))
            .map(p -> p.split("=", 2)[0])
            .sorted()
            .collect(Collectors.joining("&"));
  }

  private static boolean crawlable(String link) {
    return !link.startsWith("/api/")
        && !link.startsWith("/feed")
        && !link.startsWith("/public/")
        && !link.startsWith("/webjars/")
        && !link.startsWith("/mcp")
        && !link.startsWith("/settings/data")
        && !link.contains(".atom")
        && !link.contains(".json")
        && !link.contains(".bib")
        && !link.contains(".png")
        && !link.contains(".css")
        && !link.contains(".js");
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
