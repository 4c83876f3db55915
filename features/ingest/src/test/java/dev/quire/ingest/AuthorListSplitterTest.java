package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorListSplitterTest {
  @Test
  void commasAndTheFinalAndSeparateNames() {
    assertThat(AuthorListSplitter.split("Ada Lovelace, Alan Turing and Grace Hopper"))
        .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
  }

  @Test
  void commasInsideParenthesesStayWithTheirAuthor() {
    assertThat(AuthorListSplitter.split("A. Smith (MIT, USA), B. Jones (ETH and EPFL)"))
        .containsExactly("A. Smith (MIT, USA)", "B. Jones (ETH and EPFL)");
  }

  @Test
  void namesContainingAndAreNotSplit() {
    assertThat(AuthorListSplitter.split("Alexander Andrews, Sandra Anderson"))
        .containsExactly("Alexander Andrews", "Sandra Anderson");
  }

  @Test
  void blankInputHasNoAuthors() {
    assertThat(AuthorListSplitter.split("  ")).isEmpty();
    assertThat(AuthorListSplitter.split(null)).isEmpty();
  }
}
