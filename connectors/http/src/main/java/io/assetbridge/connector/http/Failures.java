package io.assetbridge.connector.http;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns HTTP outcomes into the SPI's retryable or permanent failures. */
public final class Failures {
  private Failures() {}

  /**
   * Classifies a non-2xx answer. {@code what} names the call ("ps: GET /psapi/v3/mem/image/…") and
   * {@code detail} the platform's own words; neither may hold credentials.
   */
  public static ConnectorException forStatus(
      String what, int status, String retryAfterHeader, String detail) {
    String message = what + " answered HTTP " + status + (detail == null ? "" : ": " + detail);
    if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
      return new RetryableException(message, retryAfter(retryAfterHeader), null);
    }
    return new PermanentException(message);
  }

  /** A connection that failed or dropped before an answer: always worth another try. */
  public static RetryableException forIo(String what, Exception cause) {
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new RetryableException(what + " failed: " + reason, null, cause);
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  public static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
