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
    float[] v = new float[64];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.length() > 2) {
        v[Math.floorMod(w.hashCode(), 64)] += 1;
      }
    }
    v[63] += 0.01f;
    return Vectors.normalize(v);
  }

  @Override
  public void close() {}
}
