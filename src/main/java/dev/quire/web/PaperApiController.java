package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** TODO(api helper): GET /api/papers and /api/papers/{id}. */
final class PaperApiController {
  PaperApiController(PaperRepository papers, SiteInfo site) {}

  void list(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }

  void show(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }
}
