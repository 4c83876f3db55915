package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
  private record Hit(String id, float score) implements Fusion.Scored {}

  private static List<Hit> hits(String... ids) {
    Hit[] out = new Hit[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = new Hit(ids[i], 10f - i);
    }
    return List.of(out);
  }

  private static Hit rescored(Hit h, float score) {
    return new Hit(h.id(), score);
  }

  @Test
  void papersBothRankersFindBeatPapersOnlyOneRankerPutsFirst() {
    List<Hit> fused =
        Fusion.rrf().fuse(hits("a", "b", "c"), hits("d", "b", "a"), FusionTest::rescored);
    // RRF with k=60: a = 1/61 + 1/63 = 0.032266, b = 1/62 + 1/62 = 0.032258, d = 1/61, c = 1/63
    assertThat(fused).extracting(Hit::id).containsExactly("a", "b", "d", "c");
    assertThat(fused.get(0).score()).isEqualTo(1f / 61 + 1f / 63);
    assertThat(fused.get(1).score()).isEqualTo(1f / 62 + 1f / 62);
  }

  @Test
  void oneEmptyListLeavesTheOtherOrderUnchanged() {
    assertThat(Fusion.rrf().fuse(hits("a", "b", "c"), List.of(), FusionTest::rescored))
        .extracting(Hit::id)
        .containsExactly("a", "b", "c");
  }
}
