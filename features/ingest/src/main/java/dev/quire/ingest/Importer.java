package dev.quire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.paper.IncomingPaper;
import dev.quire.paper.MergeCounts;
import dev.quire.paper.MergeQueue;
import dev.quire.paper.PaperStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Imports papers from files into the database: streaming, in batches of one transaction each,
 * idempotent (re-importing changes nothing), with bad records skipped, reported and listed in a
 * rejects file.
 */
public final class Importer {
  private final PaperStore papers;
  private final RejectsFile rejectsFile;
  private final ProgressListener progress;
  private final ObjectMapper mapper = new ObjectMapper();

  public Importer(PaperStore papers, Path dataDir, ProgressListener progress) {
    this.papers = papers;
    this.rejectsFile = new RejectsFile(dataDir.resolve("rejects"));
    this.progress = progress;
  }

  /**
   * Imports every file (directories are walked for .json, .jsonl and .gz files); null format:
   * detect.
   */
  public ImportSummary importPaths(List<Path> paths, SourceFormat format) {
    List<Source> sources = new ArrayList<>();
    for (Path p : expand(paths)) {
      sources.add(new Source(p.toString(), size(p), () -> open(p)));
    }
    return importSources(sources, format);
  }

  /** Imports one stream, e.g. a classpath resource; {@code name} is used in reports. */
  public ImportSummary importStream(
      String name, Supplier<InputStream> stream, SourceFormat format) {
    return importSources(
        List.of(
            new Source(
                name,
                -1,
                () -> {
                  InputStream in = stream.get();
                  if (in == null) {
                    throw new IOException("resource not found: " + name);
                  }
                  return in;
                })),
        format);
  }

  private ImportSummary importSources(List<Source> sources, SourceFormat format) {
    long start = System.nanoTime();
    MergeQueue writer = papers.queue();
    List<Reject> rejects = new ArrayList<>();
    long totalBytes = sources.stream().mapToLong(s -> Math.max(s.size(), 0)).sum();
    progress.started(sources.size(), totalBytes);
    long[] done = {0, 0};
    for (Source source : sources) {
      try (CountingInputStream counted = new CountingInputStream(source.open())) {
        InputStream in = decompress(counted);
        SourceFormat f = format != null ? format : SourceFormat.detect(in);
        if (f == null) {
          rejects.add(
              new Reject(
                  source.name(),
                  "start",
                  "neither a JSON array (hf) nor JSON lines (kaggle);"
                      + " give --format to force one"));
          continue;
        }
        long bytesBefore = done[1];
        RecordSink sink =
            new RecordSink() {
              @Override
              public void accept(IncomingPaper record) {
                done[0]++;
                if (writer.add(record)) {
                  progress.progress(done[0], bytesBefore + counted.count(), source.name());
                }
              }

              @Override
              public void reject(String location, String reason) {
                done[0]++;
                rejects.add(new Reject(source.name(), location, reason));
              }
            };
        reader(f, source.name()).read(in, sink);
        done[1] = bytesBefore + counted.count();
      } catch (IOException | UncheckedIOException e) {
        rejects.add(new Reject(source.name(), "file", "cannot read: " + e.getMessage()));
      }
    }
    writer.flush();
    progress.progress(done[0], done[1], "");
    progress.finished(done[0]);
    Path listed = rejectsFile.write(rejects);
    MergeCounts counts = writer.counts();
    return new ImportSummary(
        sources.size(),
        counts.imported(),
        counts.updated(),
        counts.unchanged(),
        rejects,
        listed,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private SourceReader reader(SourceFormat format, String sourceName) {
    return switch (format) {
      case HF_DAILY -> new HfDailyPapersReader(mapper, sourceName);
      case KAGGLE -> new KaggleSnapshotReader(mapper);
    };
  }

  private static InputStream decompress(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  private static InputStream open(Path p) throws IOException {
    return Files.newInputStream(p);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(Importer::looksLikeInput)
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean looksLikeInput(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".gz");
  }

  /** An input to read. */
  private record Source(String name, long size, Opener opener) {
    InputStream open() throws IOException {
      return opener.open();
    }
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }
}
