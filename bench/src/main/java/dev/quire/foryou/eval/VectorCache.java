package dev.quire.foryou.eval;

import dev.quire.search.embed.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paper vectors of the evaluation, kept in a file of the evaluation's scratch directory (never the
 * product's data), so that a second run embeds nothing it embedded before.
 */
final class VectorCache {
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  VectorCache(Path dir, String model) {
    this.file = dir.resolve("vectors-" + model.replaceAll("[^A-Za-z0-9.-]", "_") + ".bin");
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        while (true) {
          String id;
          try {
            id = in.readUTF();
          } catch (EOFException e) {
            break;
          }
          int n = in.readInt();
          float[] v = new float[n];
          for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
          }
          vectors.put(id, v);
        }
      } catch (EOFException e) {
        // a run killed mid-write leaves a torn last record: the rest is kept
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  int size() {
    return vectors.size();
  }

  float[] get(String id) {
    return vectors.get(id);
  }

  /** Embeds the papers not cached yet with {@code threads} threads, appending to the file. */
  void fill(Collection<EvalPaper> papers, Embedder embedder, int threads, PrintStream err) {
    List<EvalPaper> todo = papers.stream().filter(p -> !vectors.containsKey(p.id())).toList();
    if (todo.isEmpty()) {
      return;
    }
    err.printf("embedding %,d papers (%,d cached) with %d threads%n", todo.size(), size(), threads);
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(
                Files.newOutputStream(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
      int batch = 64;
      for (int from = 0; from < todo.size(); from += batch) {
        List<EvalPaper> chunk = todo.subList(from, Math.min(todo.size(), from + batch));
        List<Future<float[]>> futures = new ArrayList<>();
        for (EvalPaper p : chunk) {
          futures.add(pool.submit(() -> embedder.embedDocument(p.title(), p.abstractText())));
        }
        for (int i = 0; i < chunk.size(); i++) {
          float[] v = futures.get(i).get();
          vectors.put(chunk.get(i).id(), v);
          out.writeUTF(chunk.get(i).id());
          out.writeInt(v.length);
          for (float x : v) {
            out.writeFloat(x);
          }
        }
        out.flush();
        int done = Math.min(todo.size(), from + batch);
        double secs = (System.nanoTime() - start) / 1e9;
        err.printf("  %,d / %,d (%.1f papers/s)%n", done, todo.size(), done / secs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
