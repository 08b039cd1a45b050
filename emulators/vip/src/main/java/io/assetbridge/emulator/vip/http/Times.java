package io.assetbridge.emulator.vip.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** RFC 3339 in and out: any offset accepted, UTC with milliseconds written. */
public final class Times {
  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String format(Instant instant) {
    return instant == null ? null : OUT.format(instant);
  }

  /** Parses RFC 3339 with an offset; empty when the text is not one. */
  public static Optional<Instant> parse(String text) {
    try {
      Instant instant = OffsetDateTime.parse(text.toUpperCase()).toInstant();
      return Optional.of(instant.truncatedTo(ChronoUnit.MILLIS));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  public static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
