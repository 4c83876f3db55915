package dev.quire.search;

import dev.quire.paper.Paper;

/**
 * One result: the paper, its fused score, and highlighted HTML (escaped text with only {@code
 * <mark>} tags added).
 *
 * @param paper the paper
 * @param score fused score (higher is better; only comparable within one search)
 * @param titleHtml the escaped title with matches in {@code <mark>}
 * @param snippetHtml an escaped abstract excerpt around the matches, with matches in {@code <mark>}
 */
public record SearchHit(Paper paper, float score, String titleHtml, String snippetHtml) {}
