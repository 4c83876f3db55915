package dev.quire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.quire.digest.Subscription.Frequency;
import dev.quire.harvest.FakeArxivServer;
import dev.quire.harvest.HarvestFixtures;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TwoNodes;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real nodes, both with the daily harvest and the digest due at the same second: the harvest
 * asks arXiv once and every subscriber gets one mail (db-scheduler picks each run on one node).
 */
class JobsRunOncePerClusterTest {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final List<String> SUBSCRIBERS =
      List.of("ada@example.org", "alan@example.org", "grace@example.org", "kurt@example.org");

  /** Time for both nodes to start before the jobs are due. */
  static final int DUE_IN_SECONDS = 40;

  @TempDir Path dir;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theHarvestAndTheDigestDueOnBothNodesRunOnceInTheCluster() throws Exception {
    Instant due = Instant.now().plusSeconds(DUE_IN_SECONDS).truncatedTo(ChronoUnit.SECONDS);
    LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    Assumptions.assumeTrue(
        LocalDate.ofInstant(due.plusSeconds(60), ZoneOffset.UTC).equals(today),
        "not across midnight (UTC)");
    try (FakeArxivServer arxiv = new FakeArxivServer()) {
      arxiv.answering(
          q ->
              HarvestFixtures.page(
                  due.toString(),
                  null,
                  HarvestFixtures.arxivRecord(
                      "2611.00042", "Harvested Once", today.toString(), null)));
      LocalTime at = LocalTime.ofInstant(due, ZoneOffset.UTC);
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("jobs.poll", "1");
      settings.put("harvest.daily.at", at.toString());
      settings.put("harvest.sets", "cs");
      settings.put("harvest.url", arxiv.oaiUrl().toString());
      settings.put("digest.at", at.toString());
      settings.put("digest.zone", "UTC");
      settings.put("digest.day", "today");
      settings.put("digest.weekends", "true");
      settings.put("base.url", "https://papers.example.org");
      settings.put("mail.smtp.host", "127.0.0.1");
      settings.put("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
      settings.put("mail.smtp.security", "none");
      settings.put("mail.from", "Quire <digest@papers.example.org>");

      try (TwoNodes nodes =
          TwoNodes.start(
              dir,
              settings,
              q -> {
                Fixtures.feature(
                    q.paperStore(),
                    Fixtures.paper("2611.00001", "Featured Today", 12),
                    today,
                    null);
                q.digests()
                    .subscriptionRepository()
                    .insertActive(SUBSCRIBERS, Frequency.DAILY, 10, Instant.now());
              })) {
        assertThat(Instant.now())
            .as("both nodes started before the jobs were due (raise DUE_IN_SECONDS)")
            .isBefore(due);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DUE_IN_SECONDS + 60);
        while ((greenMail.getReceivedMessages().length < SUBSCRIBERS.size()
                || runs(nodes, HARVEST_START) == 0)
            && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        // several polls of both schedulers in which a second run would (wrongly) start
        Thread.sleep(5_000);

        assertThat(recipients(greenMail.getReceivedMessages()))
            .as("one digest per subscriber, from either node")
            .containsExactlyInAnyOrderElementsOf(SUBSCRIBERS);
        assertThat(runs(nodes, HARVEST_START)).as("harvest runs in both nodes' logs").isEqualTo(1);
        assertThat(runs(nodes, DIGEST_START)).as("digest runs in both nodes' logs").isEqualTo(1);
        assertThat(arxiv.oaiQueries().stream().filter(q -> "ListRecords".equals(q.get("verb"))))
            .as("ListRecords requests arXiv got")
            .hasSize(1);
        assertThat(nodes.b().get("/papers/2611.00042").statusCode())
            .as("the harvested paper, on the node that did not harvest too")
            .isEqualTo(200);
        System.out.printf(
            "harvest ran on %s; digests sent by %s%n",
            ranOn(nodes, HARVEST_START), ranOn(nodes, DIGEST_START));
      }
    }
  }

  static final Pattern HARVEST_START = Pattern.compile("daily harvest of .* starting");
  static final Pattern DIGEST_START = Pattern.compile("digest run for .* starting");

  private static int runs(TwoNodes nodes, Pattern start) {
    int n = 0;
    for (TwoNodes.Node node : nodes.both()) {
      Matcher m = start.matcher(node.log());
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  private static String ranOn(TwoNodes nodes, Pattern start) {
    List<String> on = new ArrayList<>();
    for (TwoNodes.Node node : nodes.both()) {
      if (start.matcher(node.log()).find()) {
        on.add(node.name());
      }
    }
    return String.join(" and ", on);
  }

  private static List<String> recipients(MimeMessage[] messages) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : messages) {
      for (Address a : m.getAllRecipients()) {
        to.add(a.toString());
      }
    }
    return to;
  }
}
