package io.assetbridge.spi;

import java.time.Duration;

/**
 * A transient failure (connect error, 429, 502-504); {@code retryAfter} is the platform's wish, or
 * null.
 */
public final class RetryableException extends ConnectorException {
  private final Duration retryAfter;

  public RetryableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public RetryableException(String message) {
    this(message, null, null);
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
