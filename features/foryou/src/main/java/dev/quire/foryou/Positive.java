package dev.quire.foryou;

/**
 * A paper the reader showed interest in.
 *
 * @param paperId arXiv id
 * @param title its title
 * @param why how the reader showed it, as the end of "like X ...": "you upvoted", "in your
 *     collection Y", "you imported"
 */
public record Positive(String paperId, String title, String why) {}
