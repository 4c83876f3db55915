package dev.quire.foryou;

import dev.quire.app.Quire;
import dev.quire.paper.Author;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperStore;
import dev.quire.search.embed.HashingEmbedder;
import dev.quire.search.lucene.LuceneSearch;
import dev.quire.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Papers of three topics published in week 34 of 2026 (Aug 17-23), six each, with word-bag vectors:
 * quantum many-body physics, ML compilers and protein biology. Ids: 2608.2010N (quantum),
 * 2608.2020N (compilers), 2608.2030N (biology), N = 1..6.
 */
public final class ForYouCorpus {
  public static final LocalDate MONDAY = LocalDate.parse("2026-08-17");
  public static final Organization LAB = new Organization("qlab", "Quantum Lab", null, null);

  private ForYouCorpus() {}

  public static String quantum(int n) {
    return "2608.2010" + n;
  }

  public static String compiler(int n) {
    return "2608.2020" + n;
  }

  public static String biology(int n) {
    return "2608.2030" + n;
  }

  /** Stores the papers, then indexes and embeds them with the word-bag stand-in model. */
  public static void store(Quire quire) {
    storePapers(quire.paperStore());
    LuceneSearch search = quire.openSearch(new HashingEmbedder());
    search.syncNow(line -> {});
    search.embedQueuedHere();
  }

  static void storePapers(PaperStore repo) {
    List<Paper> papers = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      papers.add(
          paper(
              quantum(n),
              "Quantum spin liquid in the Hubbard lattice model " + n,
              "We study quantum spin liquids, entanglement and magnetism of electrons on the Hubbard"
                  + " lattice with tensor network and Monte Carlo methods.",
              List.of("Nadia Quantum", n % 2 == 0 ? "N. Quantum" : "Piotr Lattice"),
              "cond-mat.str-el",
              n,
              n == 1 ? LAB.name() : null));
      papers.add(
          paper(
              compiler(n),
              "Compiler passes for fused GPU kernels " + n,
              "A compiler that schedules and fuses GPU kernels for deep learning graphs, lowering"
                  + " operators through an intermediate representation to fast code.",
              List.of("Carla Compiler", "Tomas Kernel"),
              "cs.PL",
              n,
              null));
      papers.add(
          paper(
              biology(n),
              "Protein folding of membrane enzymes " + n,
              "Protein structures of membrane enzymes and their folding pathways, measured in cells"
                  + " with cryo electron microscopy.",
              List.of("Berta Protein"),
              "q-bio.BM",
              n,
              null));
    }
    repo.writeBatch(List.of(LAB), papers, List.of());
  }

  private static Paper paper(
      String id,
      String title,
      String abs,
      List<String> authors,
      String category,
      int n,
      String org) {
    Instant published = MONDAY.plusDays(n - 1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    return Fixtures.paper(id, title, n).toBuilder()
        .abstractText(abs)
        .authors(authors.stream().map(Author::named).toList())
        .categories(List.of(category))
        .primaryCategory(category)
        .publishedAt(published)
        .updatedAt(published)
        .versions(List.of())
        .organization(org)
        .build();
  }
}
