package dev.quire.fakes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Generates ListRecords pages of made-up but realistically sized arXiv-format records (title, five
 * authors, a 1,000-character abstract, categories, comments, DOI), for the harvest benchmark and
 * paging tests.
 */
public final class SyntheticArxivPages {
  private static final String[] WORDS =
      ("we propose a novel method for learning robust representations of"
              + " large language models with sparse attention diffusion graph neural networks reinforcement policy"
              + " optimisation benchmark dataset evaluation transformer vision retrieval quantum field theory lattice"
              + " gauge symmetry manifold convergence theorem bound stochastic gradient descent inference causal")
          .split(" ");
  private static final String[] NAMES = {
    "Ada",
    "Alan",
    "Grace",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "Leslie",
    "Shafi",
    "Yoshua",
    "Fei-Fei",
    "Geoffrey"
  };
  private static final String[] SURNAMES = {
    "Lovelace",
    "Turing",
    "Hopper",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "Lamport",
    "Goldwasser",
    "Bengio",
    "Li",
    "Hinton",
    "Müller",
    "Ødegaard"
  };

  private final int records;
  private final int pageSize;

  /** Pages holding {@code records} records, {@code pageSize} to a page. */
  public SyntheticArxivPages(int records, int pageSize) {
    if (records < 1 || pageSize < 1) {
      throw new IllegalArgumentException(
          "records and page size must be >= 1, were " + records + ", " + pageSize);
    }
    this.records = records;
    this.pageSize = pageSize;
  }

  /** Number of pages. */
  public int pages() {
    return (records + pageSize - 1) / pageSize;
  }

  /** The arXiv id of record {@code i} (0-based). */
  public static String id(int i) {
    return String.format(Locale.ROOT, "2611.%05d", i);
  }

  /**
   * Page {@code page} (0-based) as an OAI-PMH ListRecords response, UTF-8; its token names the next
   * page.
   */
  public byte[] page(int page) {
    int first = page * pageSize;
    int last = Math.min(records, first + pageSize);
    StringBuilder sb = new StringBuilder(pageSize * 1800);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n")
        .append("<responseDate>2026-11-21T03:00:00Z</responseDate>\n")
        .append(
            "<request verb=\"ListRecords\" metadataPrefix=\"arXiv\" set=\"cs\">http://localhost/oai</request>\n")
        .append("<ListRecords>\n");
    for (int i = first; i < last; i++) {
      record(sb, i);
    }
    sb.append("<resumptionToken cursor=\"")
        .append(first)
        .append("\" completeListSize=\"")
        .append(records)
        .append("\">")
        .append(last < records ? "bench|" + (page + 1) : "")
        .append("</resumptionToken>\n")
        .append("</ListRecords>\n</OAI-PMH>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void record(StringBuilder sb, int i) {
    Random r = new Random(i);
    String day = String.format(Locale.ROOT, "2026-11-%02d", 1 + i % 20);
    sb.append("<record><header><identifier>oai:arXiv.org:")
        .append(id(i))
        .append("</identifier><datestamp>")
        .append(day)
        .append("</datestamp><setSpec>cs</setSpec></header><metadata>")
        .append("<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>")
        .append(id(i))
        .append("</id><created>")
        .append(day)
        .append("</created>");
    if (i % 3 == 0) {
      sb.append("<updated>2026-11-20</updated>");
    }
    sb.append("<authors>");
    for (int a = 0; a < 5; a++) {
      sb.append("<author><keyname>")
          .append(SURNAMES[r.nextInt(SURNAMES.length)])
          .append("</keyname><forenames>")
          .append(NAMES[r.nextInt(NAMES.length)])
          .append("</forenames></author>");
    }
    sb.append("</authors><title>")
        .append(words(r, 10))
        .append("</title><categories>cs.LG cs.AI stat.ML</categories>")
        .append("<comments>12 pages, 4 figures</comments><doi>10.1000/bench.")
        .append(i)
        .append("</doi><license>http://creativecommons.org/licenses/by/4.0/</license><abstract>  ");
    int len = 0;
    while (len < 1000) {
      String line = words(r, 11);
      sb.append(line).append('\n');
      len += line.length() + 1;
    }
    sb.append("</abstract></arXiv></metadata></record>\n");
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
