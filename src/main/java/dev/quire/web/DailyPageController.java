package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** TODO(web helper): HTML page controller. */
final class DailyPageController {
  DailyPageController(PaperRepository papers, Templates templates, SiteInfo site) {}

  void home(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }

  void list(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }
}
