package dev.quire.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void countsReadWithThousandsSeparatorsAndTheRightNoun() {
    assertThat(Numbers.grouped(1611)).isEqualTo("1,611");
    assertThat(Numbers.grouped(70556)).isEqualTo("70,556");
    assertThat(Numbers.counted(1, "topic", "topics")).isEqualTo("1 topic");
    assertThat(Numbers.counted(3, "topic", "topics")).isEqualTo("3 topics");
    assertThat(Numbers.counted(0, "comment", "comments")).isEqualTo("0 comments");
  }
}
