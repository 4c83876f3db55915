package dev.quire.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quire.digest.Digests;
import dev.quire.harvest.DailySubmission;
import dev.quire.paper.PaperRepository;
import dev.quire.system.Config;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/** Builds the Javalin server: JSON mapping, static files, error mapping, and the route table. */
public final class WebApp {
  private WebApp() {}

  /** A configured, not yet started server. */
  public static Javalin create(
      Config config,
      PaperRepository papers,
      Clock clock,
      DailySubmission submission,
      Digests digests) {
    Templates templates = new Templates(config.siteName());
    AnswerCache cache = AnswerCache.standard(papers);
    SiteInfo site = new SiteInfo(config.siteName(), config.baseUrl());
    Controllers controllers =
        new Controllers(
            new DailyPageController(papers, templates, cache, clock),
            new PaperPageController(papers, templates, site),
            new OrganizationPageController(papers, templates, site),
            new DailyPapersApiController(papers, cache, clock),
            new PaperApiController(papers, cache, site),
            new AtomFeedController(papers, cache, site, clock),
            new SubmissionController(submission, config.adminToken(), templates, site),
            new SubscriptionController(digests.subscriptions(), digests.settings(), templates),
            new MailAdminController(digests, config.adminToken(), templates));
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.http.maxRequestSize = 1_000_000L;
          cfg.jetty.host = config.host();
          cfg.jetty.port = config.port();
          cfg.jsonMapper(
              new JavalinJackson(null, false)
                  .updateMapper(
                      m ->
                          m.registerModule(new JavaTimeModule())
                              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                              .setSerializationInclusion(JsonInclude.Include.NON_NULL)));
          cfg.staticFiles.add(
              sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
              });
          new ErrorMapper(templates).register(cfg.routes);
          Routes.register(cfg.routes, controllers);
        });
  }
}
