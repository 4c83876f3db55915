package dev.quire.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperMergerTest {
  static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
  static final Instant T2 = Instant.parse("2026-01-09T10:00:00Z");

  static PaperBuilder arxiv(String title, PaperVersion... versions) {
    return PaperBuilder.paper("2601.00001")
        .title(title)
        .abstractText("abs " + title)
        .authorNames("A " + title)
        .versions(List.of(versions))
        .categories(List.of("cs.LG"));
  }

  @Test
  void aNewerVersionReplacesTitleAbstractAndAuthors() {
    Paper v1 = arxiv("one", new PaperVersion(1, T1)).build();
    Paper v2 = arxiv("two", new PaperVersion(1, T1), new PaperVersion(2, T2)).build();
    Paper merged = PaperMerger.merge(v1, v2);
    assertThat(merged.title()).isEqualTo("two");
    assertThat(merged.authors()).extracting(Author::name).containsExactly("A two");
    assertThat(merged.versions()).hasSize(2);
  }

  @Test
  void anOlderVersionKeepsTheStoredTextButAddsItsHistory() {
    Paper v2 = arxiv("two", new PaperVersion(2, T2)).build();
    Paper v1 = arxiv("one", new PaperVersion(1, T1)).build();
    Paper merged = PaperMerger.merge(v2, v1);
    assertThat(merged.title()).isEqualTo("two");
    assertThat(merged.versions()).extracting(PaperVersion::number).containsExactly(1, 2);
  }

  @Test
  void aSourceWithoutVersionsDoesNotOverwriteVersionedTextButAddsItsOwnFields() {
    Paper arxiv = arxiv("arXiv title", new PaperVersion(1, T1)).build();
    Paper hf =
        PaperBuilder.paper("2601.00001")
            .title("HF title")
            .upvotes(42)
            .githubRepo("https://github.com/x/y")
            .organization("google")
            .build();
    Paper merged = PaperMerger.merge(arxiv, hf);
    assertThat(merged.title()).isEqualTo("arXiv title");
    assertThat(merged.categories()).containsExactly("cs.LG");
    assertThat(merged.upvotes()).isEqualTo(42);
    assertThat(merged.githubRepo()).isEqualTo("https://github.com/x/y");
    assertThat(merged.organization()).isEqualTo("google");
  }

  @Test
  void countsNeverGoDownAndTheFirstPublicationIsTheEarliestSeen() {
    Paper a =
        PaperBuilder.paper("2601.00001")
            .title("t")
            .upvotes(10)
            .numComments(3)
            .publishedAt(T2)
            .build();
    Paper b =
        PaperBuilder.paper("2601.00001")
            .title("t")
            .upvotes(4)
            .numComments(5)
            .publishedAt(T1)
            .build();
    Paper merged = PaperMerger.merge(a, b);
    assertThat(merged.upvotes()).isEqualTo(10);
    assertThat(merged.numComments()).isEqualTo(5);
    assertThat(merged.publishedAt()).isEqualTo(T1);
  }

  @Test
  void mergingTheSameRecordAgainChangesNothing() {
    Paper p = arxiv("same", new PaperVersion(1, T1)).upvotes(3).build();
    assertThat(PaperMerger.merge(p, p)).isEqualTo(p);
  }

  @Test
  void aRecordUpdatedLaterOnArxivReplacesTheTextEvenWithoutAVersionNumber() {
    Paper stored =
        arxiv("v3 title", new PaperVersion(1, T1), new PaperVersion(3, T1)).updatedAt(T1).build();
    Paper oaiRecord = arxiv("v4 title", new PaperVersion(1, T1)).updatedAt(T2).build();
    Paper merged = PaperMerger.merge(stored, oaiRecord);
    assertThat(merged.title()).isEqualTo("v4 title");
    assertThat(merged.updatedAt()).isEqualTo(T2);
    assertThat(merged.versions()).extracting(PaperVersion::number).containsExactly(1, 3);
  }

  @Test
  void aRecordOfTheSameUpdateDateDoesNotBeatAHigherStoredVersion() {
    Paper stored = arxiv("v3 title", new PaperVersion(3, T2)).updatedAt(T2).build();
    Paper oaiRecord = arxiv("older text", new PaperVersion(1, T1)).updatedAt(T2).build();
    assertThat(PaperMerger.merge(stored, oaiRecord).title()).isEqualTo("v3 title");
  }
}
