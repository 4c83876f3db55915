package dev.quire.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileXmlTest {
  @TempDir Path dir;

  static final OaiPmhResponseReader.RecordListener IGNORE = OaiPmhClient.NO_RECORDS;

  static ByteArrayInputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileIsNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>&xxe;</responseDate></OAI-PMH>";

    assertThatThrownBy(() -> OaiPmhResponseReader.read(text(xxe), IGNORE))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void aBillionLaughsDocumentIsRefusedBeforeAnyExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol9;</title></feed>";

    assertThatThrownBy(() -> ArxivAtomParser.parse(text(bomb)))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void anExternalDtdIsNeverFetched() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          fetched.incrementAndGet();
          ex.sendResponseHeaders(200, 0);
          ex.close();
        });
    server.start();
    try {
      String doc =
          "<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH SYSTEM \"http://127.0.0.1:"
              + server.getAddress().getPort()
              + "/evil.dtd\"><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"/>";

      assertThatThrownBy(() -> OaiPmhResponseReader.read(text(doc), IGNORE))
          .isInstanceOf(XMLStreamException.class)
          .hasMessageContaining("DOCTYPE");
      assertThat(fetched.get()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUndeclaredEntityInAnOtherwiseNormalPageIsAnErrorNotAnExpansion() {
    String doc =
        "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>&foo;</responseDate></OAI-PMH>";

    assertThatThrownBy(() -> OaiPmhResponseReader.read(text(doc), IGNORE))
        .isInstanceOf(XMLStreamException.class);
  }
}
