package dev.quire.search.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** Vector arithmetic and the portable text form vectors are stored in. */
public final class Vectors {
  private Vectors() {}

  /** Scales the vector to unit length in place and returns it. */
  public static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / norm);
      }
    }
    return v;
  }

  /** The dot product; four running sums, so the CPU overlaps the additions. */
  public static float dot(float[] a, float[] b) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (int n = a.length & ~3; i < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Little-endian float32 bytes, base64: the same text in SQLite and PostgreSQL. */
  public static String encode(float[] v) {
    ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(v);
    return Base64.getEncoder().encodeToString(buf.array());
  }

  public static float[] decode(String text) {
    ByteBuffer buf =
        ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[buf.remaining() / 4];
    buf.asFloatBuffer().get(v);
    return v;
  }
}
