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
}
