package dev.quire.system;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Runs a process's orderly stop when it is asked to stop (SIGTERM, Ctrl-C) <em>before</em> the JVM
 * starts exiting, then exits. A shutdown hook alone is not enough: shutdown hooks run in parallel,
 * and ONNX Runtime registers its own, which frees the native environment while an embedding thread
 * may still be inside it (SIGSEGV in libonnxruntime). Here the stop stops those threads first; the
 * hook stays for every other way the JVM ends, and the stop runs once either way.
 */
public final class GracefulStop {
  private final Runnable stop;
  private final AtomicBoolean done = new AtomicBoolean();

  private GracefulStop(Runnable stop) {
    this.stop = stop;
  }

  /** Installs {@code stop} for SIGTERM, SIGINT and JVM exit; returns the once-only stop to call. */
  public static Runnable install(Runnable stop, String name) {
    GracefulStop g = new GracefulStop(stop);
    Runtime.getRuntime().addShutdownHook(new Thread(g::runOnce, name));
    for (String signal : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(
            new Signal(signal),
            s ->
                Thread.ofPlatform()
                    .name(name + "-" + signal)
                    .start(
                        () -> {
                          try {
                            g.runOnce();
                          } finally {
                            System.exit(0);
                          }
                        }));
      } catch (IllegalArgumentException notOnThisPlatform) {
        // the shutdown hook still runs the stop
      }
    }
    return g::runOnce;
  }

  private void runOnce() {
    if (done.compareAndSet(false, true)) {
      stop.run();
    }
  }
}
