package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;

/** TODO(api helper): GET /feed/daily.atom. */
final class AtomFeedController {
  AtomFeedController(PaperRepository papers, SiteInfo site, Clock clock) {}

  void daily(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }
}
