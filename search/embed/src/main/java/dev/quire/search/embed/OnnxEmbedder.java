package dev.quire.search.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * bge-small-en-v1.5 (int8 ONNX, from the langchain4j artifact's resources) run with ONNX Runtime:
 * batch 1, one intra-op thread, so each calling thread is one worker; CLS pooling and L2
 * normalisation as the model card prescribes.
 */
public final class OnnxEmbedder implements Embedder {
  /** The model name stored with vectors. */
  public static final String MODEL = "bge-small-en-v1.5-q";

  static final String QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";

  /** Queries with more words than this are passages (a pasted abstract): no instruction. */
  static final int PASSAGE_QUERY_WORDS = 40;

  private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";
  private static final int MAX_TOKENS = 512;
  private static final int DIMENSIONS = 384;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean needsTokenTypes;

  /**
   * Embeddings hold the read side, {@link #close} the write side: closing the native session while
   * a thread is inside it crashes the JVM (SIGSEGV in onnxruntime), so close waits for running
   * embeddings and later ones fail with a Java exception instead.
   */
  private final java.util.concurrent.locks.ReentrantReadWriteLock use =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  private boolean closed;

  private OnnxEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
  }

  /** Loads the model and tokenizer from the classpath (about a second). */
  public static OnnxEmbedder load() {
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(resource(MODEL_RESOURCE), options);
      HuggingFaceTokenizer tokenizer;
      try (InputStream in = OnnxEmbedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("tokenizer resource missing: " + TOKENIZER_RESOURCE);
        }
        tokenizer =
            HuggingFaceTokenizer.newInstance(
                in,
                Map.of(
                    "maxLength",
                    String.valueOf(MAX_TOKENS),
                    "modelMaxLength",
                    String.valueOf(MAX_TOKENS),
                    "truncation",
                    "true",
                    "padding",
                    "false"));
      }
      return new OnnxEmbedder(env, session, tokenizer);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = OnnxEmbedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("model resource missing: " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embedDocument(String title, String abstractText) {
    String t = title == null ? "" : title.strip();
    String a = abstractText == null ? "" : abstractText.strip();
    return embed(a.isEmpty() ? t : t + "\n" + a);
  }

  @Override
  public float[] embedQuery(String query) {
    String q = query.strip();
    boolean passage = q.split("\\s+").length > PASSAGE_QUERY_WORDS;
    return embed(passage ? q : QUERY_INSTRUCTION + q);
  }

  /** The normalised CLS vector of one text. */
  float[] embed(String text) {
    use.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the embedding model was closed (shutting down)");
      }
      return embedOpen(text);
    } finally {
      use.readLock().unlock();
    }
  }

  private float[] embedOpen(String text) {
    Encoding enc = tokenizer.encode(text, true, false);
    long[] ids = enc.getIds();
    long[] mask = enc.getAttentionMask();
    long[][] shape = {ids};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {mask}));
      if (needsTokenTypes) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {enc.getTypeIds()}));
      }
      try (OrtSession.Result result =
          session.run(inputs, Set.of(session.getOutputNames().iterator().next()))) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return Vectors.normalize(hidden[0][0].clone());
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Number of tokens the model sees of this text (after truncation). */
  int tokenCount(String text) {
    use.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the embedding model was closed (shutting down)");
      }
      return tokenizer.encode(text, true, false).getIds().length;
    } finally {
      use.readLock().unlock();
    }
  }

  @Override
  public void close() {
    use.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        session.close();
      } catch (OrtException | IllegalStateException e) {
        // closing anyway (IllegalStateException: it was closed already)
      }
      tokenizer.close();
    } finally {
      use.writeLock().unlock();
    }
  }
}
