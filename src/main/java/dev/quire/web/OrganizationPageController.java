package dev.quire.web;

import dev.quire.paper.PaperRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** TODO(web helper): HTML page controller. */
final class OrganizationPageController {
  OrganizationPageController(PaperRepository papers, Templates templates, SiteInfo site) {}

  void show(Context ctx) {
    throw new HttpResponseException(501, "not built yet");
  }
}
