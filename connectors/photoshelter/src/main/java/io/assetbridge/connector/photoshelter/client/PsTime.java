package io.assetbridge.connector.photoshelter.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * PhotoShelter time stamps (§3, §5): {@code YYYY-MM-DD HH:MM:SS}, in the account zone unless
 * suffixed {@code GMT}; v4 stamps are UTC. Empty text means no time.
 */
public final class PsTime {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PsTime() {}

  /**
   * A v3 stamp; without suffix it is in {@code accountZone} (the earlier offset in a DST overlap).
   */
  public static Instant parseV3(String text, ZoneId accountZone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.endsWith(" GMT") || t.endsWith(" UTC")) {
      return LocalDateTime.parse(t.substring(0, t.length() - 4), STAMP).toInstant(ZoneOffset.UTC);
    }
    if (t.contains("T")) {
      return OffsetDateTime.parse(t).toInstant();
    }
    return LocalDateTime.parse(t, STAMP).atZone(accountZone).toInstant();
  }

  /** A v4 stamp (UTC); ISO 8601 with an offset is understood too. */
  public static Instant parseV4(String text) {
    return parseV3(text, ZoneOffset.UTC);
  }

  /** The v4 parameter and attribute form, UTC, whole seconds. */
  public static String formatV4(Instant instant) {
    return STAMP.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + " GMT";
  }

  /** Like {@link #parseV3} but null for text that is no time stamp at all. */
  public static Instant parseLenient(String text, ZoneId accountZone) {
    try {
      return parseV3(text, accountZone);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
