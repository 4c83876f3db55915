package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;

/** TODO(api helper): GET /api/daily_papers. */
final class DailyPapersApiController {
  DailyPapersApiController(PaperRepository papers, Clock clock) {}

  void list(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }
}
