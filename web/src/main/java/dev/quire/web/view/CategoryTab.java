package dev.quire.web.view;

import dev.quire.paper.ArxivTaxonomy;

/**
 * One category or archive a list can be narrowed to, with how many papers it holds.
 *
 * @param code the arXiv code ("cond-mat.str-el", "quant-ph"), or null for all papers
 * @param count papers in the period with this code
 * @param href the list narrowed to it
 * @param current whether the list is narrowed to it now
 */
public record CategoryTab(String code, int count, String href, boolean current) {
  /** "cond-mat.str-el" or "All". */
  public String label() {
    return code == null ? "All" : code;
  }

  /** arXiv's name of the code ("Strongly Correlated Electrons"), or null. */
  public String name() {
    return code == null ? null : ArxivTaxonomy.get().name(code).orElse(null);
  }

  /** "1,234". */
  public String countLabel() {
    return Numbers.grouped(count);
  }
}
