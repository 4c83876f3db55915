package dev.quire.web;

import dev.quire.mcp.McpEndpoint;
import dev.quire.mcp.QuireTools;
import java.time.Clock;

/** Builds the controllers of {@link ClientControllers} from the site's services. */
final class ClientWiring {
  private ClientWiring() {}

  static ClientControllers controllers(
      WebSettings config,
      WebServices services,
      SiteInfo site,
      AnswerCache cache,
      AccessControl access,
      Templates templates,
      Clock clock) {
    McpEndpoint mcp =
        new McpEndpoint(
            QuireTools.all(
                services.papers(),
                services.search(),
                services.collections(),
                services.forYou().forYou(),
                PaperMarkdown::of,
                clock),
            config.siteName());
    return new ClientControllers(
        new McpController(mcp, site),
        new HfHubApiController(services.papers(), services.collections(), site),
        new ListFeedController(services.papers(), services.search(), cache, site, clock),
        new FeedValidation(clock),
        new OpenApiController(config.siteName()),
        new MyDataController(services.accountData(), services.accounts(), access, templates, site));
  }
}
