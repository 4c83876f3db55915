package dev.quire.search.embed;

/** Turns paper text and search queries into unit-length vectors of one model. */
public interface Embedder extends AutoCloseable {
  /** The model's name, stored with every vector so another model's vectors are never mixed in. */
  String model();

  /** Number of dimensions of every vector. */
  int dimensions();

  /** The vector of a paper: its title and abstract, truncated to the model's input length. */
  float[] embedDocument(String title, String abstractText);

  /** The vector of a search query (short queries get the model's retrieval instruction). */
  float[] embedQuery(String query);

  @Override
  void close();
}
