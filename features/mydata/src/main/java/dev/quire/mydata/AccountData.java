package dev.quire.mydata;

import dev.quire.account.AuthenticatedUser;
import dev.quire.collection.BibTexWriter;
import dev.quire.collection.Collection;
import dev.quire.collection.CollectionItem;
import dev.quire.collection.Collections;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Export and leave": everything Quire holds about one reader, as one JSON document, their
 * collections as BibTeX and CSL-JSON, and erasing the account.
 */
public final class AccountData {
  private final AccountDataRepository repo;
  private final PaperRepository papers;
  private final Collections collections;
  private final Clock clock;

  public AccountData(
      AccountDataRepository repo, PaperRepository papers, Collections collections, Clock clock) {
    this.repo = repo;
    this.papers = papers;
    this.collections = collections;
    this.clock = clock;
  }

  /**
   * The reader's data: account, API tokens (names and dates), votes, comments, collections with
   * their papers, submissions to the daily list, email subscriptions with their topics, follows and
   * For you state. Papers are named by id with their URL on this site ({@code base}).
   */
  public Map<String, Object> export(AuthenticatedUser user, String base) {
    String id = user.id();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exportedAt", clock.instant().toString());
    out.put("site", base);
    out.put("account", repo.account(id));
    out.put("apiTokens", repo.apiTokens(id));
    out.put("votes", withUrls(repo.votes(id), base));
    out.put("comments", withUrls(repo.comments(id), base));
    List<Map<String, Object>> cs = new ArrayList<>();
    for (Collection c : collections.ofUser(user)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("description", c.description());
      m.put("public", c.isPublic());
      m.put("createdAt", c.createdAt().toString());
      m.put("updatedAt", c.updatedAt().toString());
      m.put("url", base + "/collections/" + c.id());
      List<Map<String, Object>> items = new ArrayList<>();
      for (CollectionItem item : collections.items(c)) {
        items.add(
            Map.of(
                "paperId", item.paperId(),
                "url", base + "/papers/" + item.paperId(),
                "addedAt", item.addedAt().toString()));
      }
      m.put("papers", items);
      cs.add(m);
    }
    out.put("collections", cs);
    out.put("submissions", withUrls(repo.submissions(id), base));
    out.put("subscriptions", repo.subscriptions(id));
    out.put("forYou", repo.forYou(id));
    return out;
  }

  /** All the reader's collections' papers as BibTeX, one collection after another. */
  public String collectionsBibtex(AuthenticatedUser user) {
    StringBuilder out = new StringBuilder();
    BibTexWriter bibtex = new BibTexWriter();
    for (Collection c : collections.ofUser(user)) {
      out.append("% Collection: ").append(c.name().replaceAll("[\\r\\n]+", " ")).append("\n\n");
      out.append(bibtex.write(papersOf(c))).append('\n');
    }
    return out.toString();
  }

  /**
   * The reader's collections' papers as CSL-JSON: one array of items, each paper once, in
   * collection order.
   */
  public List<Map<String, Object>> collectionsCslJson(AuthenticatedUser user) {
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    for (Collection c : collections.ofUser(user)) {
      for (Paper p : papersOf(c)) {
        items.putIfAbsent(p.id(), CslJson.item(p));
      }
    }
    return List.copyOf(items.values());
  }

  /** Erases the account and everything of it (see {@link AccountDataRepository#erase}). */
  public void erase(AuthenticatedUser user) {
    repo.erase(user.id());
  }

  private List<Paper> papersOf(Collection c) {
    List<String> ids = collections.items(c).stream().map(CollectionItem::paperId).toList();
    Map<String, Paper> found = papers.findAll(ids);
    return ids.stream().map(found::get).filter(p -> p != null).toList();
  }

  private static List<Map<String, Object>> withUrls(List<Map<String, Object>> rows, String base) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> m = new LinkedHashMap<>(r);
      if (m.get("paperId") != null) {
        m.put("url", base + "/papers/" + m.get("paperId"));
      }
      out.add(m);
    }
    return out;
  }
}
