package dev.quire.search.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
  static OnnxEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = OnnxEmbedder.load();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void vectorsAreUnitLengthWith384Dimensions() {
    float[] v = embedder.embedDocument("Attention is all you need", "We propose the Transformer.");
    assertThat(v).hasSize(384);
    assertThat(Vectors.dot(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void aQueryIsCloserToThePaperItDescribesThanToAnUnrelatedOne() {
    float[] q = embedder.embedQuery("neural machine translation with self-attention");
    float[] nmt =
        embedder.embedDocument(
            "Attention Is All You Need",
            "We propose a new simple network architecture, the Transformer, based solely on"
                + " attention mechanisms, dispensing with recurrence and convolutions. Experiments"
                + " on two machine translation tasks show these models to be superior in quality.");
    float[] topology =
        embedder.embedDocument(
            "Homotopy groups of spheres",
            "We compute the stable homotopy groups of spheres in a range using the Adams spectral"
                + " sequence.");
    System.out.printf(
        "sim(q,nmt)=%.4f sim(q,topology)=%.4f%n", Vectors.dot(q, nmt), Vectors.dot(q, topology));
    assertThat(Vectors.dot(q, nmt)).isGreaterThan(Vectors.dot(q, topology) + 0.1f);
  }

  @Test
  void longTextIsTruncatedTo512Tokens() {
    String text = "word ".repeat(2000);
    assertThat(embedder.tokenCount(text)).isEqualTo(512);
    assertThat(embedder.embedDocument("t", text)).hasSize(384);
  }

  @Test
  void vectorsSurviveTheirStoredTextForm() {
    float[] v = embedder.embedQuery("graph neural networks");
    assertThat(Vectors.decode(Vectors.encode(v))).containsExactly(v);
  }

  @Test
  void closingWhileOtherThreadsEmbedWaitsForThemAndLaterCallsSayTheModelIsClosed()
      throws Exception {
    OnnxEmbedder own = OnnxEmbedder.load();
    java.util.List<Throwable> ends = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(2);
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 2; t++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    started.countDown();
                    try {
                      while (true) {
                        own.embedDocument("Graph neural networks", "Message passing on graphs.");
                      }
                    } catch (Throwable e) {
                      ends.add(e);
                    }
                  }));
    }
    started.await();
    Thread.sleep(200);

    own.close(); // without waiting for the threads this crashed the JVM inside onnxruntime

    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(ends).hasSize(2);
    assertThat(ends)
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed"));
  }
}
