package io.assetbridge.spi;

/** A failure that trying again will not fix (bad credentials, 4xx, invalid data). */
public final class PermanentException extends ConnectorException {

  public PermanentException(String message, Throwable cause) {
    super(message, cause);
  }

  public PermanentException(String message) {
    this(message, null);
  }
}
