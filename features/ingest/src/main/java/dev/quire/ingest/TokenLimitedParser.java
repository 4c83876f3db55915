package dev.quire.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser over one JSON value that refuses to go past {@code maxTokens} tokens, so that reading a
 * value into a tree costs bounded memory (a 30 KB gzip can hold an array of 15 million items);
 * after a refusal, {@link #skipRest()} reads past the rest of the value without keeping it.
 */
final class TokenLimitedParser extends JsonParserDelegate {
  /** Thrown when the value has more tokens than allowed. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private final long maxTokens;
  private long tokens;
  private int depth;

  /** {@code parser} is positioned on the first token of the value. */
  TokenLimitedParser(JsonParser parser, long maxTokens) {
    super(parser);
    this.maxTokens = maxTokens;
    this.tokens = 1;
    this.depth = parser.currentToken() != null && parser.currentToken().isStructStart() ? 1 : 0;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    if (++tokens > maxTokens) {
      throw new TooLarge("more than " + maxTokens + " JSON tokens");
    }
    JsonToken t = super.nextToken();
    track(t);
    return t;
  }

  // Jackson's tree reader also moves by these; each goes through nextToken() so it is counted.

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name)
      throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t == null || !t.isStructStart()) {
      return this;
    }
    int target = depth - 1;
    while (depth > target && nextToken() != null) {
      // counted and tracked by nextToken()
    }
    return this;
  }

  private void track(JsonToken t) {
    if (t == null) {
      return;
    }
    if (t.isStructStart()) {
      depth++;
    } else if (t.isStructEnd()) {
      depth--;
    }
  }

  /** Reads past the rest of the value after a {@link TooLarge}, keeping nothing. */
  void skipRest() throws IOException {
    while (depth > 0) {
      JsonToken t = delegate.nextToken();
      if (t == null) {
        return;
      }
      track(t);
    }
  }
}
