package dev.quire.search.embed;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast deterministic stand-in for the model: hashed bag of words, counted calls. */
public final class HashingEmbedder implements Embedder {
  public final AtomicInteger documents = new AtomicInteger();

  @Override
  public String model() {
    return "test-hashing";
  }

  @Override
  public int dimensions() {
    return 64;
  }

  @Override
  public float[] embedDocument(String title, String abstractText) {
    documents.incrementAndGet();
    return embed(title + " " + abstractText);
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(query);
  }

  public static float[] embed(String text) {
    return embed(text, 64);
  }

  /** The hashed bag of words of a text in {@code dims} dimensions, unit length. */
  public static float[] embed(String text, int dims) {
    float[] v = new float[dims];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.length() > 2) {
        v[Math.floorMod(w.hashCode(), dims)] += 1;
      }
    }
    v[dims - 1] += 0.01f;
    return Vectors.normalize(v);
  }

  @Override
  public void close() {}
}
