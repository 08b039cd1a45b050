package io.assetbridge.store;

/** The database could not be opened or a statement failed; the message says what and how to fix. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
