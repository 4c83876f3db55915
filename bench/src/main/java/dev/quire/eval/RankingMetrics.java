package dev.quire.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking metrics BEIR reports (as pytrec_eval computes them): nDCG@k with gain = relevance
 * grade and a log2(rank + 1) discount, recall@k over documents graded above 0, and MRR@k.
 */
final class RankingMetrics {
  private RankingMetrics() {}

  /** nDCG@k of a ranking against graded judgements (grade > 0 is relevant). */
  static double ndcg(List<String> ranking, Map<String, Integer> qrels, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      int grade = qrels.getOrDefault(ranking.get(i), 0);
      if (grade > 0) {
        dcg += grade / log2(i + 2);
      }
    }
    List<Integer> ideal = new ArrayList<>();
    for (int g : qrels.values()) {
      if (g > 0) {
        ideal.add(g);
      }
    }
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Fraction of the relevant documents found in the top k. */
  static double recall(List<String> ranking, Map<String, Integer> qrels, int k) {
    Set<String> relevant = new HashSet<>();
    qrels.forEach(
        (d, g) -> {
          if (g > 0) {
            relevant.add(d);
          }
        });
    if (relevant.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
      }
    }
    return (double) found / relevant.size();
  }

  /** 1 / rank of the first relevant document within the top k, else 0. */
  static double mrr(List<String> ranking, Map<String, Integer> qrels, int k) {
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (qrels.getOrDefault(ranking.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
