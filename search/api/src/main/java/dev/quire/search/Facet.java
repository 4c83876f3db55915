package dev.quire.search;

/**
 * One facet value and how many of the result candidates have it.
 *
 * @param value category name or year
 * @param count number of candidates with it
 */
public record Facet(String value, int count) {}
