package dev.quire.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of running processes in the rows they claim ({@code scheduled_tasks.picked_by}, {@code
 * embed_queue.claimed_by}): host, process id and a random nonce, so that two processes on one host,
 * or a process restarted with the same id (a container), never share a name.
 */
public final class NodeName {
  private NodeName() {}

  /** A new name for this process, at most 50 characters. */
  public static String next() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "host";
    }
    String nonce = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    String tail = "-" + ProcessHandle.current().pid() + "-" + nonce;
    return (host.length() > 50 - tail.length() ? host.substring(0, 50 - tail.length()) : host)
        + tail;
  }
}
