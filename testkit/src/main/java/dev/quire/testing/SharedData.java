package dev.quire.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Paths into ../shared/data, the real public data tests read; tests skip visibly when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data root: QUIRE_SHARED_DATA, or ../shared/data from the project directory. */
  public static Path root() {
    String env = System.getenv("QUIRE_SHARED_DATA");
    Path p = env != null ? Path.of(env) : Path.of("..", "shared", "data");
    return p.toAbsolutePath().normalize();
  }

  /** A path under the shared data; aborts the test with a message when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("shared data missing under CI: " + p);
      }
      Assumptions.abort("shared data not found: " + p);
    }
    return p;
  }

  /** The folder of raw Hugging Face daily_papers responses. */
  public static Path hfDailyPapers() {
    return require("hf-daily-papers");
  }
}
