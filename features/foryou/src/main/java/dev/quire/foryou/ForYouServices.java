package dev.quire.foryou;

import dev.quire.paper.PaperRepository;
import dev.quire.search.embed.VectorRepository;
import java.time.Clock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything personal of a reader's feed, wired once: follows, For you, the inbox, onboarding and
 * the private feed secret.
 *
 * @param forYou the ranked papers of a period
 * @param follows follows and author pages
 * @param inbox new papers from what is followed
 * @param onboarding first positives from categories, arXiv ids and BibTeX
 * @param feedSecrets secrets of private feed URLs
 */
public record ForYouServices(
    ForYou forYou, Follows follows, Inbox inbox, Onboarding onboarding, FeedSecrets feedSecrets) {

  /** Wires the services over this database; {@code model} names the embedding model (or null). */
  public static ForYouServices create(
      Jdbi jdbi,
      PaperRepository papers,
      VectorRepository vectors,
      Supplier<String> model,
      Clock clock) {
    ForYouRepository repo = new ForYouRepository(jdbi);
    FollowRepository followRepo = new FollowRepository(jdbi);
    ForYou forYou = new ForYou(repo, followRepo, papers, vectors, model, clock);
    Follows follows = new Follows(followRepo, clock);
    return new ForYouServices(
        forYou,
        follows,
        new Inbox(forYou, repo, followRepo, clock),
        new Onboarding(repo, follows, clock),
        new FeedSecrets(repo, clock));
  }
}
