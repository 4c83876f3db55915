package dev.quire.map;

import dev.quire.tex.TexText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names clusters by the title words that set them apart: tf-idf of a word's share of the cluster's
 * titles against its spread over all titles.
 */
final class ClusterLabels {
  /** Words per label. */
  static final int WORDS = 3;

  private static final Set<String> STOP =
      Set.copyOf(
          List.of(
              "the",
              "and",
              "for",
              "with",
              "from",
              "via",
              "using",
              "towards",
              "toward",
              "into",
              "onto",
              "over",
              "under",
              "its",
              "their",
              "our",
              "this",
              "that",
              "these",
              "those",
              "are",
              "was",
              "can",
              "not",
              "all",
              "any",
              "how",
              "what",
              "when",
              "why",
              "who",
              "new",
              "based",
              "study",
              "studies",
              "analysis",
              "approach",
              "method",
              "methods",
              "paper",
              "results",
              "effect",
              "effects",
              "between",
              "within",
              "beyond",
              "through",
              "case",
              "first",
              "large",
              "model",
              "models",
              "mathrm",
              "rm",
              "text",
              "frac",
              "mathcal",
              "boldsymbol",
              "mathbf",
              "left",
              "right",
              "sim",
              "and/or",
              "non",
              "two",
              "one",
              "three",
              "high",
              "low",
              "role",
              "use",
              "without",
              "under",
              "more",
              "less",
              "than",
              "toward",
              "about",
              "after",
              "before",
              "during",
              "general",
              "novel",
              "efficient",
              "improved",
              "improving",
              "evidence",
              "application",
              "applications",
              "problem",
              "problems",
              "theory",
              "data",
              "system",
              "systems"));

  private ClusterLabels() {}

  /** For each cluster 0..k-1, its most characteristic title words. */
  static List<List<String>> label(List<String> titles, int[] assignment, int k) {
    int n = titles.size();
    List<Set<String>> docs = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    for (String title : titles) {
      Set<String> words = words(title);
      docs.add(words);
      for (String w : words) {
        df.merge(w, 1, Integer::sum);
      }
    }
    List<Map<String, Integer>> clusterDf = new ArrayList<>(k);
    int[] sizes = new int[k];
    for (int c = 0; c < k; c++) {
      clusterDf.add(new HashMap<>());
    }
    for (int i = 0; i < n; i++) {
      sizes[assignment[i]]++;
      for (String w : docs.get(i)) {
        clusterDf.get(assignment[i]).merge(w, 1, Integer::sum);
      }
    }
    List<List<String>> labels = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      int size = sizes[c];
      int minCount = size >= 6 ? 2 : 1;
      labels.add(
          clusterDf.get(c).entrySet().stream()
              .filter(e -> e.getValue() >= minCount)
              .sorted(
                  (a, b) -> {
                    int cmp =
                        Double.compare(
                            score(b.getValue(), size, df.get(b.getKey()), n),
                            score(a.getValue(), size, df.get(a.getKey()), n));
                    return cmp != 0 ? cmp : a.getKey().compareTo(b.getKey());
                  })
              .limit(WORDS)
              .map(Map.Entry::getKey)
              .toList());
    }
    return labels;
  }

  /** Share of the cluster's titles with the word, weighted by how rare it is overall. */
  static double score(int inCluster, int clusterSize, int overall, int total) {
    double tf = inCluster / (double) clusterSize;
    double idf = Math.log((total + 1.0) / (overall + 0.5));
    return tf * idf;
  }

  /** Distinct lower-case words of a title, formulas in plain form, stop words left out. */
  static Set<String> words(String title) {
    Set<String> out = new HashSet<>();
    String text = TexText.plain(title == null ? "" : title).toLowerCase(Locale.ROOT);
    for (String w : text.split("[^\\p{L}\\p{N}-]+")) {
      String word = w.replaceAll("^-+|-+$", "");
      if (word.length() >= 3
          && !STOP.contains(word)
          && !word.chars().allMatch(Character::isDigit)) {
        out.add(word);
      }
    }
    return out;
  }
}
