package dev.quire.web;

import dev.quire.web.view.Viewer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (src/main/jte) into HTML responses. Every template also
 * receives {@code site}, the site name its layout shows, and {@code viewer}, the reader (anonymous
 * unless given or signed in).
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final String siteName;

  Templates(String siteName) {
    this.siteName = siteName;
  }

  /** Renders {@code template} with named parameters into the response, as text/html. */
  void render(Context ctx, String template, Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.putIfAbsent("viewer", Auth.viewer(ctx));
    ctx.contentType("text/html; charset=utf-8").result(render(template, all));
  }

  /** Renders {@code template} to a string. */
  String render(String template, Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.putIfAbsent("site", siteName);
    all.putIfAbsent("viewer", Viewer.ANONYMOUS);
    StringOutput out = new StringOutput();
    engine.render(template, all, out);
    return out.toString();
  }
}
