package dev.quire.fakes;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * A minimal SMTP server on the loopback interface that accepts (or, by a rule per recipient,
 * refuses) mail and counts it, for the digest benchmark and failure tests. Not a mail server:
 * nothing is delivered anywhere.
 */
public final class LocalSmtpSink implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<String> kept = new CopyOnWriteArrayList<>();
  private final boolean keep;
  private volatile ToIntFunction<String> rcptRule = rcpt -> 250;

  private LocalSmtpSink(boolean keep) throws IOException {
    this.keep = keep;
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    threads.submit(this::acceptLoop);
  }

  /** A sink on a free loopback port; {@code keep} keeps each message's raw text. */
  public static LocalSmtpSink start(boolean keep) {
    try {
      return new LocalSmtpSink(keep);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a local SMTP port", e);
    }
  }

  /** The port it listens on (loopback). */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * Sets the reply code to RCPT TO per recipient address, e.g. 451 (try later) or 550 (no such
   * user); 250 accepts.
   */
  public void replyToRecipients(ToIntFunction<String> rule) {
    this.rcptRule = rule;
  }

  /** Messages accepted so far. */
  public int accepted() {
    return accepted.get();
  }

  /** The raw text of the messages accepted so far, when kept. */
  public List<String> messages() {
    return List.copyOf(kept);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        threads.submit(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 localhost quire-sink ESMTP");
      int recipients = 0;
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
        switch (verb) {
          case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8");
          case "HELO" -> reply(out, "250 localhost");
          case "MAIL" -> {
            recipients = 0;
            reply(out, "250 2.1.0 ok");
          }
          case "RCPT" -> {
            String addr = line.replaceFirst("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1");
            int code = rcptRule.applyAsInt(addr);
            if (code == 250) {
              recipients++;
              reply(out, "250 2.1.5 ok");
            } else if (code >= 500) {
              reply(out, code + " 5.1.1 <" + addr + ">: recipient refused");
            } else {
              reply(out, code + " 4.3.0 <" + addr + ">: try again later");
            }
          }
          case "DATA" -> {
            if (recipients == 0) {
              reply(out, "554 5.5.1 no valid recipients");
              break;
            }
            reply(out, "354 end with <CRLF>.<CRLF>");
            ByteArrayOutputStream body = keep ? new ByteArrayOutputStream() : null;
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              if (body != null) {
                String unstuffed = data.startsWith("..") ? data.substring(1) : data;
                body.write((unstuffed + "\r\n").getBytes(StandardCharsets.UTF_8));
              }
            }
            if (body != null) {
              kept.add(body.toString(StandardCharsets.UTF_8));
            }
            accepted.incrementAndGet();
            reply(out, "250 2.0.0 queued");
          }
          case "RSET", "NOOP" -> reply(out, "250 ok");
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "502 5.5.2 command not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    threads.shutdownNow();
  }
}
