package dev.quire.web.view;

import dev.quire.map.PaperMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A map page: the papers as dots on an SVG drawn by the server (no script), the clusters as labels
 * and a legend, and the same papers as a list by cluster.
 *
 * @param heading "August 2026", or the search query
 * @param eyebrow "Map of the month", "Map of a search"
 * @param listUrl the list these papers come from
 * @param listLabel the link text back to it
 * @param previous the map of the previous period, or null
 * @param next the map of the next period, or null
 * @param map the laid-out papers
 * @param monthChartUrl the chart of matches per month (searches), or null
 */
public record MapView(
    String heading,
    String eyebrow,
    String listUrl,
    String listLabel,
    Link previous,
    Link next,
    PaperMap map,
    String monthChartUrl) {
  /** Width of the drawing in SVG units. */
  public static final int WIDTH = 1000;

  /** Height of the drawing in SVG units. */
  public static final int HEIGHT = 620;

  private static final int PAD = 24;

  /**
   * One dot.
   *
   * @param cx horizontal position
   * @param cy vertical position
   * @param cluster colour index
   * @param url the paper's page
   * @param title its title as plain text
   */
  public record Dot(String cx, String cy, int cluster, String url, String title) {}

  /**
   * One cluster's label, legend entry and list.
   *
   * @param index colour index
   * @param label its words
   * @param size number of papers
   * @param x label position
   * @param y label position
   * @param papers its papers, as placed
   */
  public record Group(
      int index, String label, int size, String x, String y, List<PaperMap.Point> papers) {}

  /** The dots, in drawing order. */
  public List<Dot> dots() {
    return map.points().stream()
        .map(
            p ->
                new Dot(
                    coordinate(PAD + p.x() * (WIDTH - 2 * PAD)),
                    coordinate(PAD + (1 - p.y()) * (HEIGHT - 2 * PAD)),
                    p.cluster(),
                    Urls.paper(p.id()),
                    Tex.plain(p.title())))
        .toList();
  }

  /** The clusters with their papers, largest first. */
  public List<Group> groups() {
    List<Group> out = new ArrayList<>();
    for (int c = 0; c < map.clusters().size(); c++) {
      PaperMap.Cluster cl = map.clusters().get(c);
      int index = c;
      // labels stay inside the drawing: about 8.5 units a character at the label's size
      double halfWidth = Math.min(WIDTH / 2.0 - PAD, cl.label().length() * 4.3);
      double x = PAD + cl.x() * (WIDTH - 2 * PAD);
      double y = PAD + (1 - cl.y()) * (HEIGHT - 2 * PAD) - 10;
      out.add(
          new Group(
              c,
              cl.label(),
              cl.size(),
              coordinate(Math.max(PAD + halfWidth, Math.min(WIDTH - PAD - halfWidth, x))),
              coordinate(Math.max(PAD + 14, Math.min(HEIGHT - PAD, y))),
              map.points().stream().filter(p -> p.cluster() == index).toList()));
    }
    return out;
  }

  /** "1,234 papers in 8 clusters", with papers still waiting for their embedding. */
  public String summary() {
    int placed = map.points().size();
    String s =
        String.format(Locale.ROOT, "%,d %s", placed, placed == 1 ? "paper" : "papers")
            + (map.clusters().size() > 1 ? " in " + map.clusters().size() + " clusters" : "");
    if (map.unplaced() > 0) {
      s +=
          String.format(
              Locale.ROOT,
              " · %,d not placed yet (no embedding; see /search/status)",
              map.unplaced());
    }
    return s;
  }

  /** "Papers on a map of 1,234 papers …", for the drawing's accessible name. */
  public String description() {
    return "Map of " + summary() + ": similar papers lie close together.";
  }

  /** The paper's page. */
  public String paperUrl(String id) {
    return Urls.paper(id);
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
