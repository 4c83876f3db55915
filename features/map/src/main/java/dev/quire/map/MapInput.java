package dev.quire.map;

/**
 * One paper to place on a map.
 *
 * @param id arXiv id
 * @param title title (TeX and all)
 * @param vector its embedding, or null when it has none yet
 */
public record MapInput(String id, String title, float[] vector) {}
