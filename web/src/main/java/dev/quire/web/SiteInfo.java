package dev.quire.web;

import dev.quire.mail.PublicLinks;
import io.javalin.http.Context;

/**
 * What every page needs to know of the site: its name and public base URL.
 *
 * @param name site name shown in headers and feeds
 * @param baseUrl configured public base URL, empty when it is derived from the bind address
 * @param links the base URL of absolute links: {@code baseUrl}, or derived once when the server
 *     starts; never from a request's headers
 */
record SiteInfo(String name, String baseUrl, PublicLinks links) {
  /** The absolute base URL for links that leave the page (feeds, Markdown, mail). */
  String base(Context ctx) {
    return links.get();
  }
}
