package dev.quire.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates (src/main/jte) into HTML responses. */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} with named parameters into the response, as text/html. */
  void render(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, params));
  }

  /** Renders {@code template} to a string. */
  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
