package dev.quire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  // Graded judgements: a=3, b=2, c=1, x=0 (judged not relevant).
  private static final Map<String, Integer> QRELS = Map.of("a", 3, "b", 2, "c", 1, "x", 0);

  @Test
  void ndcgUsesTheGradeAsGainAndALog2Discount() {
    // ranking: x, b, a, y  -> DCG = 0 + 2/log2(3) + 3/log2(4) + 0 = 1.261860 + 1.5 = 2.761860
    // ideal: a, b, c -> IDCG = 3/1 + 2/log2(3) + 1/log2(4) = 3 + 1.261860 + 0.5 = 4.761860
    double ndcg = RankingMetrics.ndcg(List.of("x", "b", "a", "y"), QRELS, 10);
    assertThat(ndcg).isCloseTo(2.761860 / 4.761860, within(1e-5));
    assertThat(ndcg).isCloseTo(0.579999, within(1e-5));
  }

  @Test
  void aPerfectRankingHasNdcgOneAndCutoffsApply() {
    assertThat(RankingMetrics.ndcg(List.of("a", "b", "c"), QRELS, 10)).isCloseTo(1.0, within(1e-9));
    // @1: only x counts -> 0
    assertThat(RankingMetrics.ndcg(List.of("x", "a"), QRELS, 1)).isEqualTo(0.0);
  }

  @Test
  void recallCountsOnlyPositivelyGradedDocuments() {
    assertThat(RankingMetrics.recall(List.of("x", "b", "a", "y"), QRELS, 100))
        .isCloseTo(2.0 / 3, within(1e-9));
    assertThat(RankingMetrics.recall(List.of("x", "b", "a", "y"), QRELS, 2))
        .isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void mrrIsTheReciprocalRankOfTheFirstRelevantDocument() {
    assertThat(RankingMetrics.mrr(List.of("x", "y", "c"), QRELS, 10))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RankingMetrics.mrr(List.of("x", "y", "c"), QRELS, 2)).isEqualTo(0.0);
  }
}
