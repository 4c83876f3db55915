package dev.quire.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Matches saved searches with SQL over recent papers: LIKE narrows by every term in the title or
 * abstract and by category, then {@link TopicQuery} keeps whole-word matches only.
 */
public final class DatabaseTopicMatcher implements TopicMatcher {
  private final Jdbi jdbi;

  public DatabaseTopicMatcher(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<String> recentMatches(
      TopicQuery query, Instant publishedSince, LocalDate featuredSince, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT p.id, p.title, p.abstract, p.categories FROM papers p"
                + " WHERE p.withdrawn = FALSE AND (p.published_at >= :since OR p.id IN"
                + " (SELECT d.paper_id FROM daily_entries d WHERE d.featured_on >= :day))");
    for (int i = 0; i < query.terms().size(); i++) {
      sql.append(" AND (LOWER(p.title) LIKE :t")
          .append(i)
          .append(" ESCAPE '!' OR LOWER(p.abstract) LIKE :t")
          .append(i)
          .append(" ESCAPE '!')");
    }
    if (!query.categories().isEmpty()) {
      sql.append(" AND (");
      for (int i = 0; i < query.categories().size(); i++) {
        sql.append(i == 0 ? "" : " OR ")
            .append("(' ' || LOWER(p.categories) || ' ') LIKE :c")
            .append(i)
            .append(" ESCAPE '!'");
      }
      sql.append(")");
    }
    sql.append(" ORDER BY p.published_at DESC, p.id DESC LIMIT :limit");
    return jdbi.withHandle(
        h -> {
          Query q =
              h.createQuery(sql.toString())
                  .bind("since", publishedSince.toString())
                  .bind("day", featuredSince.toString())
                  .bind("limit", limit * 4 + 20);
          for (int i = 0; i < query.terms().size(); i++) {
            q.bind("t" + i, "%" + escape(query.terms().get(i)) + "%");
          }
          for (int i = 0; i < query.categories().size(); i++) {
            String c = query.categories().get(i);
            q.bind("c" + i, "% " + escape(c) + (c.contains(".") ? " %" : ".%"));
          }
          List<String> out = new ArrayList<>();
          q.map(
                  (rs, ctx) -> {
                    String cats = rs.getString("categories");
                    List<String> categories =
                        cats == null ? List.of() : Arrays.asList(cats.split(" "));
                    return query.matchesText(rs.getString("title"), rs.getString("abstract"))
                            && query.matchesCategories(categories)
                        ? rs.getString("id")
                        : null;
                  })
              .forEach(
                  id -> {
                    if (id != null && out.size() < limit) {
                      out.add(id);
                    }
                  });
          return out;
        });
  }

  private static String escape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
