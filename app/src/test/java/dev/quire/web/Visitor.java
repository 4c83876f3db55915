package dev.quire.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser without JavaScript: keeps its cookies, follows no redirects, and fills forms with the
 * CSRF token of the page it last read.
 */
final class Visitor {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

  /** An answer. */
  record Page(int status, String body, HttpResponse<String> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    String location() {
      return header("Location");
    }
  }

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private String csrf = "";

  Visitor(String base) {
    this(base, new CookieManager());
  }

  /** The same browser (its cookies) talking to another node at {@code otherBase}. */
  Visitor at(String otherBase) {
    return new Visitor(otherBase, cookies);
  }

  private Visitor(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Page get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).GET());
  }

  /** Posts a form with the CSRF token of the last page read. */
  Page submit(String path, String... fields) {
    Map<String, String> form = form(fields);
    form.putIfAbsent("csrf", csrf);
    return post(path, form);
  }

  /** Posts a form exactly as given (no CSRF token unless among the fields). */
  Page post(String path, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** Sends any request built by the caller. */
  Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF.matcher(r.body());
      if (m.find()) {
        csrf = m.group(1);
      }
      return new Page(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Page signUp(String email, String name, String password) {
    get("/signup");
    return submit("/signup", "email", email, "name", name, "password", password);
  }

  Page signIn(String email, String password) {
    get("/signin");
    return submit("/signin", "email", email, "password", password);
  }

  /** The CSRF token of the last page read. */
  String csrf() {
    return csrf;
  }

  /** A cookie this visitor holds, or null. */
  HttpCookie cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  String base() {
    return base;
  }

  private static Map<String, String> form(String... fields) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    return form;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
