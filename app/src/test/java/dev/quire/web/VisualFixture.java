package dev.quire.web;

import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperStore;
import dev.quire.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;

/**
 * Physics papers with TeX in titles and abstracts, an organisation with a remote logo, and three
 * topics of eight papers each, featured in August 2026: for math, avatar, map and screenshot tests.
 */
final class VisualFixture {
  static final LocalDate DAY = LocalDate.parse("2026-08-21");
  static final String TEX_PAPER = "2608.20001";
  static final String BROKEN_TEX_PAPER = "2608.20002";
  static final Organization LAB =
      new Organization("kondo-lab", "Kondo Lab", "https://cdn.example.org/kondo.png", "0001");

  static final String TEX_TITLE = "Heavy-fermion Kondo insulator Ce$_3$Bi$_4$Pd$_3$ under pressure";
  static final String TEX_ABSTRACT =
      "We dope $\\mathrm{Mn}_{1-x}$Fe$_x$Si and find a $J=5/2$ multiplet with gap"
          + " $\\Delta \\approx 10\\,\\mathrm{meV}$ and $T_c \\sim 4$ K, scaling as"
          + " $\\frac{1}{2}\\alpha^{2}$.";

  private static final List<String> TOPICS =
      List.of(
          "spin liquid kagome lattice frustrated magnet",
          "dark matter halo galaxy rotation",
          "quantum error correction surface code qubit");

  private VisualFixture() {}

  /** All the fixture, the paper with broken TeX included. */
  static void seed(PaperStore repo) {
    seed(repo, true);
  }

  /** The fixture, with or without the paper whose TeX is broken. */
  static void seed(PaperStore repo, boolean withBrokenTex) {
    Paper tex =
        Fixtures.paper(TEX_PAPER, TEX_TITLE, 163).toBuilder()
            .abstractText(TEX_ABSTRACT)
            .categories(List.of("cond-mat.str-el"))
            .build();
    Fixtures.feature(repo, tex, DAY, LAB);
    Paper broken =
        Fixtures.paper(BROKEN_TEX_PAPER, "Broken formula $\\frac{1}{2$ stays readable", 2)
            .toBuilder()
            .abstractText("An unclosed group $\\frac{a}{b$ must not break the page.")
            .build();
    if (withBrokenTex) {
      Fixtures.feature(repo, broken, DAY, null);
    }
    int n = 0;
    for (int t = 0; t < TOPICS.size(); t++) {
      String[] words = TOPICS.get(t).split(" ");
      for (int i = 0; i < 8; i++) {
        n++;
        String title =
            words[i % words.length]
                + " "
                + words[(i + 1) % words.length]
                + " "
                + words[(i + 2) % words.length]
                + " study "
                + (char) ('A' + i);
        Paper p =
            Fixtures.paper(String.format("2608.3%04d", n), title, 10 + n).toBuilder()
                .abstractText("On " + TOPICS.get(t) + ": " + title + ".")
                .build();
        Fixtures.feature(repo, p, DAY.minusDays(i % 3), null);
      }
    }
  }
}
