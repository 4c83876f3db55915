package dev.quire.eval;

import dev.quire.search.embed.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An on-disk cache of vectors for evaluation runs only (never the product's data): one append-only
 * file per model in a scratch folder, keyed by a hash of the embedded text, so that a repeated
 * {@code quire eval} embeds only texts it has not seen. A truncated last record (a run killed
 * mid-write) is ignored.
 */
final class EvalVectorCache implements Embedder {
  private final Embedder model;
  private final Path file;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private final DataOutputStream appender;
  private int hits;
  private int misses;

  private EvalVectorCache(Embedder model, Path file) throws IOException {
    this.model = model;
    this.file = file;
    load();
    OutputStream raw =
        Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    this.appender = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
  }

  /** The default scratch folder: {@code quire-eval-cache} under the system temp dir. */
  static Path defaultDir() {
    return Path.of(System.getProperty("java.io.tmpdir"), "quire-eval-cache");
  }

  /** Wraps {@code model} with the cache file of its model name in {@code dir}. */
  static EvalVectorCache open(Embedder model, Path dir) {
    try {
      Files.createDirectories(dir);
      return new EvalVectorCache(
          model, dir.resolve(model.model().replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the evaluation vector cache in " + dir, e);
    }
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      while (true) {
        String key;
        float[] v;
        try {
          key = in.readUTF();
          v = new float[in.readInt()];
          for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
          }
        } catch (EOFException end) {
          return;
        }
        vectors.put(key, v);
      }
    }
  }

  @Override
  public String model() {
    return model.model();
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public float[] embedDocument(String title, String abstractText) {
    String key = "d:" + hash(title + "\u0000" + abstractText);
    return cached(key, () -> model.embedDocument(title, abstractText));
  }

  @Override
  public float[] embedQuery(String query) {
    return cached("q:" + hash(query), () -> model.embedQuery(query));
  }

  private float[] cached(String key, java.util.function.Supplier<float[]> compute) {
    float[] v = vectors.get(key);
    if (v != null) {
      synchronized (this) {
        hits++;
      }
      return v;
    }
    v = compute.get();
    vectors.put(key, v);
    synchronized (this) {
      misses++;
      try {
        appender.writeUTF(key);
        appender.writeInt(v.length);
        for (float f : v) {
          appender.writeFloat(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the evaluation vector cache " + file, e);
      }
    }
    return v;
  }

  /** "N from cache, M embedded" for the progress output. */
  synchronized String describe() {
    return String.format("%,d vectors from the cache %s, %,d embedded", hits, file, misses);
  }

  private static String hash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      synchronized (this) {
        appender.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      model.close();
    }
  }
}
