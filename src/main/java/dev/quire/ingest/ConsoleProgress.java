package dev.quire.ingest;

import java.io.PrintStream;

/** Progress on the console: a redrawn bar on a terminal, plain lines otherwise. */
public final class ConsoleProgress implements ProgressListener {
  /** The listener fitting this process's console. */
  public static ProgressListener forConsole(PrintStream err) {
    return new ConsoleProgress();
  }
}
