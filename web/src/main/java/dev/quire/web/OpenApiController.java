package dev.quire.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 document of every /api route (a resource kept
 * beside the code; OpenApiDocumentTest fails when a route of the table is missing from it); {@code
 * GET /api/docs}: Swagger UI over it, its script and style served by Quire from the webjar, its
 * setup in a static file, so the page works under the site's Content-Security-Policy ('self' only,
 * {@link SecurityHeaders}).
 */
final class OpenApiController {
  static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/5.34.1/";

  /** The viewer's files and their types; nothing else of the webjar is served. */
  private static final Map<String, String> ASSETS =
      Map.of(
          "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
          "swagger-ui.css", "text/css; charset=utf-8",
          "favicon-32x32.png", "image/png");

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>API · %s</title>
        <link rel="stylesheet" href="/docs/swagger-ui/swagger-ui.css">
        <link rel="icon" href="/docs/swagger-ui/favicon-32x32.png">
        <script src="/docs/swagger-ui/swagger-ui-bundle.js" defer></script>
        <script src="/static/api-docs.js" defer></script>
      </head>
      <body>
        <div id="swagger-ui" data-spec="/api/openapi.json"></div>
        <noscript><p>The viewer needs JavaScript; the document itself is at
          <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript>
      </body>
      </html>
      """;

  private final String siteName;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  OpenApiController(String siteName) {
    this.siteName = siteName;
  }

  void document(Context ctx) {
    ctx.contentType("application/json; charset=utf-8")
        .result(resource("/api/openapi.json", "the OpenAPI document"));
  }

  void viewer(Context ctx) {
    ctx.contentType("text/html; charset=utf-8")
        .result(String.format(PAGE, siteName.replace("<", "&lt;").replace("&", "&amp;")));
  }

  void asset(Context ctx) {
    String file = ctx.pathParam("file");
    String type = ASSETS.get(file);
    if (type == null) {
      throw new NotFoundResponse("no file " + file + " in the API viewer");
    }
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(resource(SWAGGER_UI + file, file));
  }

  private byte[] resource(String path, String what) {
    return files.computeIfAbsent(
        path,
        p -> {
          try (InputStream in = OpenApiController.class.getResourceAsStream(p)) {
            if (in == null) {
              throw new IllegalStateException(what + " is missing from the jar: " + p);
            }
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
