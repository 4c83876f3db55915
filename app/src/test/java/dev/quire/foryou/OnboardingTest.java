package dev.quire.foryou;

import static dev.quire.foryou.ForYouCorpus.compiler;
import static dev.quire.foryou.ForYouCorpus.quantum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.User;
import dev.quire.app.Quire;
import dev.quire.paper.Period;
import dev.quire.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Start in a minute: categories, pasted ids and BibTeX, with good and bad entries. */
class OnboardingTest {
  static final String BIBTEX =
      """
      @article{hubbard2026,
        title = {Quantum spin liquid in the {Hubbard} lattice model 1},
        author = {Quantum, Nadia and Lattice, Piotr},
        eprint = {2608.20101},
        archivePrefix = {arXiv},
        primaryClass = {cond-mat.str-el},
        year = 2026
      }
      @misc{kernels,
        title = "Compiler passes",
        url = {https://arxiv.org/abs/2608.20201v2}
      }
      @book{knuth1984,
        title = {The TeXbook},
        publisher = {Addison-Wesley}
      }
      @article{elsewhere,
        journal = {arXiv preprint arXiv:2401.99999},
        title = {Not here}
      }
      @article{broken,
        title = {Never closed
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void aBibtexUploadKeepsGoodEntriesAndNamesTheBadOnes(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = ForYouRankingTest.reader(quire, "ada");
      Onboarding.Report report = quire.forYou().onboarding().bibtex(ada.id(), BIBTEX);

      assertThat(report.added()).containsExactly(quantum(1), compiler(1));
      assertThat(report.problems())
          .containsExactly(
              "entry knuth1984 (line 13): no arXiv eprint, URL or DOI",
              "entry broken (line 21): the entry is not closed",
              "entry elsewhere (line 17), arXiv 2401.99999: this paper is not in this Quire yet");
      assertThat(quire.forYou().forYou().positiveCount(ada.id())).isEqualTo(2);
      List<Suggestion> top =
          quire.forYou().forYou().papersFor(ada.id(), Period.weekOf(ForYouCorpus.MONDAY), 4);
      assertThat(top.get(0).reasons())
          .extracting(Reason::text)
          .anyMatch(r -> r.contains("from your BibTeX import"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void pastedIdsAndCategoriesBecomePositivesAndFollows(TestDb db) {
    try (Quire quire = db.open(dir)) {
      ForYouCorpus.store(quire);
      User ada = ForYouRankingTest.reader(quire, "ada");
      Onboarding onboarding = quire.forYou().onboarding();
      Onboarding.Report ids =
          onboarding.arxivIds(
              ada.id(),
              "arXiv:2608.20101, https://arxiv.org/abs/2608.20202v3\nnot-an-id 2401.00001");
      assertThat(ids.added()).containsExactly(quantum(1), compiler(2));
      assertThat(ids.problems())
          .containsExactly(
              "'not-an-id' is not an arXiv id or arXiv URL",
              "2401.00001: this paper is not in this Quire yet");
      Onboarding.Report cats = onboarding.categories(ada.id(), List.of("cs.PL", "bad cat!"));
      assertThat(cats.added()).containsExactly("cs.PL");
      assertThat(cats.problems()).singleElement().asString().contains("'bad cat!'");
      assertThat(quire.forYou().follows().of(ada.id()))
          .extracting(Follow::key)
          .containsExactly("cs.PL");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void tooLargeAndEmptyFilesAreRefusedWithAMessage(TestDb db) {
    try (Quire quire = db.open(dir)) {
      User ada = ForYouRankingTest.reader(quire, "ada");
      Onboarding onboarding = quire.forYou().onboarding();
      assertThat(onboarding.bibtex(ada.id(), "x".repeat(Onboarding.MAX_BIBTEX + 1)).problems())
          .singleElement()
          .asString()
          .contains("larger than 900 kB");
      assertThat(onboarding.bibtex(ada.id(), "just text").problems())
          .containsExactly("no BibTeX entries (@article{...}) found in the file");
      String huge = "@article{big, title = {" + "x".repeat(BibtexReader.MAX_ENTRY) + "}}";
      assertThat(onboarding.bibtex(ada.id(), huge).problems())
          .containsExactly("entry big (line 1): the entry is longer than 20000 characters");
    }
  }
}
