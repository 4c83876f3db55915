package dev.quire.ingest;

/** A record that cannot be imported; the message names the field and the bad value. */
final class BadRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  BadRecordException(String message) {
    super(message);
  }
}
