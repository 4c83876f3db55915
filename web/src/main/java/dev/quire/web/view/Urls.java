package dev.quire.web.view;

import dev.quire.paper.Period;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Builds the site's own URLs and vets URLs that come from data before they become links. */
public final class Urls {
  private Urls() {}

  /**
   * {@code url} when it is an absolute http(s) URL, else null, so that data can never smuggle in
   * javascript: links.
   */
  public static String external(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The page of a paper; ids are normalised arXiv ids, which only hold URL-safe characters. */
  public static String paper(String id) {
    return "/papers/" + id;
  }

  /** The page of an organisation. */
  public static String organization(String name) {
    return "/organizations/" + encode(name);
  }

  /** The page of an arXiv category or archive, e.g. /categories/cond-mat.str-el. */
  public static String category(String code) {
    return "/categories/" + encode(code);
  }

  /** The page of an author, by name as printed on the paper, e.g. /authors/Ada%20Lovelace. */
  public static String author(String name) {
    return "/authors/" + encode(name);
  }

  /**
   * The daily list of one period with an order ("upvotes" is the default and left out) and a page
   * (1 is left out).
   */
  public static String period(Period period, String sort, int page) {
    StringBuilder sb =
        new StringBuilder("/papers?").append(period.paramName()).append('=').append(period.param());
    if (sort != null && !sort.equals("upvotes")) {
      sb.append("&sort=").append(encode(sort));
    }
    if (page > 1) {
      sb.append("&p=").append(page);
    }
    return sb.toString();
  }

  /** Percent-encodes one path segment or query value. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
