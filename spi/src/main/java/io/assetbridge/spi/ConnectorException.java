package io.assetbridge.spi;

/**
 * A failure a connector classifies; only the engine decides whether and when to try again. Messages
 * never contain credentials.
 */
public abstract sealed class ConnectorException extends RuntimeException
    permits RetryableException, PermanentException {

  protected ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
