package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The OpenAPI document at /api/openapi.json validates against the official OpenAPI 3.1 schema
 * (networknt json-schema-validator, the JSON Schema 2020-12 validator the MCP SDK already brings),
 * documents every /api route of the route table with its method and path parameters, and its viewer
 * at /api/docs renders under a Content-Security-Policy of 'self' only.
 */
class OpenApiDocumentTest {
  static final java.util.Set<String> HTTP_METHODS =
      java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @TempDir Path dir;

  @Test
  void theDocumentValidatesAgainstTheOpenApi31Schema() throws Exception {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor.Page doc = site.visitor().get("/api/openapi.json");
      assertThat(doc.status()).isEqualTo(200);
      Schema schema;
      try (InputStream in =
          OpenApiDocumentTest.class.getResourceAsStream("/openapi/oas-3.1-schema.yaml")) {
        schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(in, InputFormat.YAML);
      }
      List<Error> errors = schema.validate(doc.body(), InputFormat.JSON);
      assertThat(errors).as("OpenAPI 3.1 schema errors").isEmpty();
      JsonNode json = ApiClient.JSON.readTree(doc.body());
      assertThat(json.get("openapi").asText()).startsWith("3.1.");

      // the validator is not a rubber stamp: a document missing info fails
      String broken = doc.body().replaceFirst("\"info\"", "\"infox\"");
      assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }
  }

  @Test
  void everyApiRouteOfTheRouteTableIsInTheDocumentWithItsMethodAndPathParameters()
      throws Exception {
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      JsonNode paths =
          ApiClient.JSON.readTree(site.visitor().get("/api/openapi.json").body()).get("paths");
      List<String> missing = new ArrayList<>();
      int apiRoutes = 0;
      for (ParsedEndpoint e : site.app.unsafe.internalRouter.allHttpHandlers()) {
        String path = e.endpoint.path;
        String verb = e.endpoint.method.name();
        if (!path.startsWith("/api/") || !HTTP_METHODS.contains(verb)) {
          continue; // before/after handlers are not routes
        }
        apiRoutes++;
        String documented = path.replace('<', '{').replace('>', '}');
        String method = e.endpoint.method.name().toLowerCase(Locale.ROOT);
        JsonNode op = paths.path(documented).path(method);
        if (op.isMissingNode()) {
          missing.add(method.toUpperCase(Locale.ROOT) + " " + documented);
          continue;
        }
        for (String param : documented.split("/")) {
          if (param.startsWith("{")) {
            String name = param.substring(1, param.length() - 1);
            boolean described = false;
            for (JsonNode p : op.path("parameters")) {
              described |=
                  p.path("in").asText().equals("path") && p.path("name").asText().equals(name);
            }
            if (!described) {
              missing.add("path parameter " + name + " of " + method + " " + documented);
            }
          }
        }
        assertThat(op.path("responses").size()).as("responses of %s %s", method, path).isPositive();
      }
      assertThat(apiRoutes).isGreaterThan(10);
      assertThat(missing).as("routes of the route table missing from /api/openapi.json").isEmpty();
    }
  }

  @Test
  void theViewerRendersTheOperationsUnderAStrictContentSecurityPolicy() {
    BrowserTest.requireChromium();
    try (Site site = Site.start(dir, Map.of("search.semantic", "false"))) {
      Visitor.Page page = site.visitor().get("/api/docs");
      assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
      assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
      WebDriver driver = BrowserTest.chrome(dir.resolve("chrome"));
      try {
        driver.get(site.base + "/api/docs");
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        List<String> shown =
            driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(el -> el.getAttribute("data-path"))
                .toList();
        assertThat(shown).contains("/api/daily_papers", "/api/papers/{id}", "/api/collections");
      } finally {
        driver.quit();
      }
    }
  }
}
