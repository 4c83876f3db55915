package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
  private static List<PaperIndex.Hit> hits(String... ids) {
    PaperIndex.Hit[] out = new PaperIndex.Hit[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = new PaperIndex.Hit(i, ids[i], 10f - i);
    }
    return List.of(out);
  }

  @Test
  void papersBothRankersFindBeatPapersOnlyOneRankerPutsFirst() {
    List<PaperIndex.Hit> fused = Fusion.rrf().fuse(hits("a", "b", "c"), hits("d", "b", "a"));
    // RRF with k=60: a = 1/61 + 1/63 = 0.032266, b = 1/62 + 1/62 = 0.032258, d = 1/61, c = 1/63
    assertThat(fused).extracting(PaperIndex.Hit::id).containsExactly("a", "b", "d", "c");
    assertThat(fused.get(0).score()).isEqualTo(1f / 61 + 1f / 63);
    assertThat(fused.get(1).score()).isEqualTo(1f / 62 + 1f / 62);
  }

  @Test
  void oneEmptyListLeavesTheOtherOrderUnchanged() {
    assertThat(Fusion.rrf().fuse(hits("a", "b", "c"), List.of()))
        .extracting(PaperIndex.Hit::id)
        .containsExactly("a", "b", "c");
  }
}
