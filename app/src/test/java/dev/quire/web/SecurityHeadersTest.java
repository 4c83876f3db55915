package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security headers on every kind of answer, and pages the CSP can hold (review, item 13). */
class SecurityHeadersTest {
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
  private static final Pattern HANDLER_ATTRIBUTE =
      Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE = Pattern.compile("<style|\\sstyle\\s*=");

  @TempDir Path dir;

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    try (Site site = Site.start(dir)) {
      Visitor v = site.visitor();
      for (String path :
          List.of(
              "/",
              "/papers/2608.10001",
              "/papers/2608.10001.md",
              "/static/quire.css",
              "/static/quire.js",
              "/api/daily_papers",
              "/feed/daily.atom",
              "/no/such/page")) {
        Visitor.Page page = v.get(path);
        assertThat(page.header("Content-Security-Policy"))
            .as(path)
            .contains("script-src 'self'")
            .contains("style-src 'self'")
            .contains("frame-ancestors 'none'")
            .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        assertThat(page.header("Strict-Transport-Security")).as(path).isNull();
      }
    }
  }

  @Test
  void anHttpsSiteAsksBrowsersToStayOnHttps() {
    try (Site site = Site.start(dir, Map.of("base.url", "https://papers.example.org"))) {
      assertThat(site.visitor().get("/").header("Strict-Transport-Security"))
          .isEqualTo("max-age=31536000");
    }
  }

  @Test
  void noPageHasInlineScriptsHandlersOrStyles() {
    try (Site site = Site.start(dir)) {
      Visitor member = site.member("ada");
      member.get("/settings");
      member.submit("/collections", "name", "Reading", "description", "", "visibility", "public");
      List<String> paths =
          List.of(
              "/",
              "/papers?week=2026-W34",
              "/papers?month=2026-08",
              "/papers/2608.10001",
              "/trending",
              "/organizations/google",
              "/search?q=attention",
              "/search/status",
              "/subscribe",
              "/submit",
              "/settings",
              "/collections",
              "/signin",
              "/signup",
              "/forgot",
              "/no/such/page");
      Visitor anonymous = site.visitor();
      for (String path : paths) {
        for (Visitor v : List.of(member, anonymous)) {
          String body = v.get(path).body();
          assertThat(INLINE_SCRIPT.matcher(body).find()).as("inline <script> in " + path).isFalse();
          assertThat(HANDLER_ATTRIBUTE.matcher(body).find()).as("on…= in " + path).isFalse();
          assertThat(STYLE.matcher(body).find()).as("inline style in " + path).isFalse();
        }
      }
    }
  }
}
