package io.assetbridge.connector.netx.read;

import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates kept as attribute text (netx.md §11): expiry as a UTC date, embargo as an instant. */
public final class AttributeDates {
  private AttributeDates() {}

  /** Date D reads as D at 00:00:00Z. */
  public static Instant expiry(String text, String label) {
    try {
      return text == null
          ? null
          : LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw unreadable(label, text, "yyyy-mm-dd", e);
    }
  }

  public static Instant embargo(String text, String label) {
    try {
      return text == null ? null : Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw unreadable(label, text, "an ISO 8601 UTC date-time such as 2025-04-01T08:00:00Z", e);
    }
  }

  /** An expiry is written as its UTC date, truncated: never a later expiry. */
  public static String expiryText(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
  }

  /** An embargo is written in whole seconds, rounded up: never an earlier release. */
  public static String embargoText(Instant at) {
    if (at == null) {
      return null;
    }
    Instant whole = at.truncatedTo(ChronoUnit.SECONDS);
    return (whole.equals(at) ? whole : whole.plusSeconds(1)).toString();
  }

  // rights must not be guessed: an unreadable date stops the read until a person fixes it
  private static PermanentException unreadable(
      String label, String text, String expected, Exception cause) {
    return new PermanentException(
        "attribute '" + label + "' holds '" + text + "', expected " + expected, cause);
  }
}
