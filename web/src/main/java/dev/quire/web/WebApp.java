package dev.quire.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quire.map.PaperMaps;
import dev.quire.paper.PaperRepository;
import dev.quire.system.RateLimiters;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/** Builds the Javalin server: JSON mapping, static files, error mapping, and the route table. */
public final class WebApp {
  private WebApp() {}

  /** A configured, not yet started server. */
  public static Javalin create(WebSettings config, WebServices services, Clock clock) {
    return create(config, services, clock, Readiness.ALWAYS, RateLimiters.inMemory(clock));
  }

  /**
   * A configured, not yet started server whose {@code /readyz} asks {@code readiness} and whose
   * request limits {@code limits} count (in the database when several nodes share it).
   */
  public static Javalin create(
      WebSettings config,
      WebServices services,
      Clock clock,
      Readiness readiness,
      RateLimiters limits) {
    PaperRepository papers = services.papers();
    Templates templates = new Templates(config.siteName());
    AnswerCache cache = AnswerCache.standard(papers);
    SiteInfo site = new SiteInfo(config.siteName(), config.baseUrl(), services.links());
    RateLimits apiLimits = new RateLimits(config.apiRatePerMinute(), limits);
    AccessControl access =
        new AccessControl(services.accounts(), services.apiTokens(), site, apiLimits);
    PagePersonalizer personalizer = new PagePersonalizer(templates, services.votes());
    CommentController comments = new CommentController(services.comments(), templates);
    CollectionController collections =
        new CollectionController(services.collections(), papers, services.votes(), templates, site);
    Controllers controllers =
        new Controllers(
            new DailyPageController(
                papers, services.dailyList(), templates, cache, personalizer, clock),
            new TrendingPageController(papers, templates, cache, personalizer, clock),
            new PaperPageController(
                papers,
                services.search(),
                templates,
                site,
                services.votes(),
                comments,
                collections),
            new OrganizationPageController(papers, personalizer, site),
            new DailyPapersApiController(papers, services.dailyList(), cache, clock),
            new PaperApiController(papers, cache, site),
            new AtomFeedController(services.dailyList(), cache, site, clock),
            new SubmissionController(services.submission(), templates),
            new AccountPageController(
                services.accounts(), access, templates, services.votes(), papers),
            new SettingsController(
                services.apiTokens(),
                services.accounts(),
                services.digests().subscriptions(),
                services.digests().settings().defaultTop(),
                templates),
            new VoteController(services.votes()),
            comments,
            collections,
            new OrganizationAdminController(papers, services.paperStore(), templates),
            new SearchPageController(services.search(), templates, personalizer),
            new SearchApiController(services.search(), papers),
            new SearchFeedController(services.search(), papers, site, clock),
            new SubscriptionController(
                services.digests().subscriptions(),
                services.digests().settings(),
                templates,
                access),
            new MailAdminController(
                services.digests(), templates, services.accounts(), services.links()),
            ClientWiring.controllers(config, services, site, cache, access, templates, clock),
            new CategoryPageController(services.dailyList(), personalizer),
            new MapPageController(
                papers,
                services.dailyList(),
                services.search(),
                new PaperMaps(services.search()::vectors, System::nanoTime),
                templates,
                personalizer,
                clock),
            new ForYouPageController(services.forYou(), papers, personalizer),
            new FollowController(
                services.forYou().follows(),
                services.forYou().feedSecrets(),
                services.forYou().inbox(),
                papers,
                personalizer,
                site),
            new InboxController(
                services.forYou().inbox(), services.forYou().follows(), papers, personalizer),
            new PersonalFeedController(services.forYou(), papers, site, clock),
            new HealthController(readiness));
    Javalin[] app = new Javalin[1];
    app[0] =
        Javalin.create(
            cfg -> {
              cfg.events.serverStarted(
                  () -> services.links().serverBound(config.host(), app[0].port()));
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = 1_000_000L;
              SlowClientLimits.apply(cfg);
              // on stop (SIGTERM), requests already being answered finish first (up to 30 s)
              cfg.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(30_000);
                    server.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
                  });
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
              new ClientAddress(config.trustedProxies()).register(cfg.routes);
              new SecurityHeaders(config.baseUrl()).register(cfg.routes);
              new SearchRateLimit(limits).register(cfg.routes);
              apiLimits.register(cfg.routes);
              access.register(cfg.routes);
              Routes.register(cfg.routes, controllers);
            });
    return app[0];
  }
}
