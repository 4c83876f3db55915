package dev.quire.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/**
 * Turns values into JSON answers as UTF-8 bytes straight from the configured Jackson mapper,
 * skipping the intermediate String that {@code ctx.json} builds and then encodes; the hot API
 * answers are tens of kilobytes.
 */
final class JsonResponses {
  private static final String JSON = ContentType.APPLICATION_JSON.getMimeType();

  private JsonResponses() {}

  /** {@code value} as a JSON answer, with an optional Link header (null for none). */
  static AnswerCache.Answer answer(Context ctx, Object value, String link) {
    ObjectMapper mapper =
        ctx.jsonMapper() instanceof JavalinJackson jackson ? jackson.getMapper() : null;
    if (mapper == null) {
      throw new IllegalStateException(
          "the API needs the Jackson JSON mapper that WebApp configures");
    }
    try {
      return new AnswerCache.Answer(JSON, mapper.writeValueAsBytes(value), link);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON answer of " + ctx.path(), e);
    }
  }
}
