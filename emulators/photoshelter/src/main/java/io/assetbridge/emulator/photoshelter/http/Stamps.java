package io.assetbridge.emulator.photoshelter.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time-stamp forms: v3 in the account zone without suffix, v4 in UTC with " GMT". */
public final class Stamps {

  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Stamps() {}

  public static String v3(Instant at, ZoneId zone) {
    return at == null ? "" : PLAIN.format(at.atZone(zone));
  }

  public static String gmt(Instant at) {
    return at == null ? null : PLAIN.format(at.atZone(ZoneOffset.UTC)) + " GMT";
  }

  public static String iso(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /**
   * Reads {@code YYYY-MM-DD HH:MM:SS GMT}, the same without suffix (taken as UTC: every v4 and
   * emulator input is UTC) or ISO 8601 with an offset; anything else is a bad parameter.
   */
  public static Instant parseUtc(String text, String name) {
    String value = text.strip();
    try {
      if (value.endsWith(" GMT")) {
        value = value.substring(0, value.length() - 4);
      }
      if (value.length() == 19 && value.charAt(10) == ' ') {
        return LocalDateTime.parse(value, PLAIN).toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw ApiException.badParam(name + ": not a time stamp: " + text);
    }
  }
}
