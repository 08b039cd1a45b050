package io.assetbridge.connector.photoshelter.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PhotoShelter has no embargo field; newsrooms write embargoes into IPTC Special Instructions
 * (2:40), e.g. "EMBARGOED UNTIL 2025-04-01T08:00:00Z" or "Embargo until 2025-04-01 08:00:00 GMT".
 * An unreadable date is treated as no embargo rather than guessed.
 */
final class EmbargoInstructions {
  private static final Pattern EMBARGO =
      Pattern.compile(
          "(?i)embargo(?:ed)?\\s+until\\s+(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|\\s*GMT|\\s*UTC|[+-]\\d{2}:\\d{2})?)");
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private EmbargoInstructions() {}

  static Instant until(String instructions) {
    if (instructions == null) {
      return null;
    }
    Matcher m = EMBARGO.matcher(instructions);
    if (!m.find()) {
      return null;
    }
    String stamp = m.group(1).replaceAll("\\s*(GMT|UTC)$", "").trim();
    try {
      if (stamp.contains("T")) {
        return stamp.endsWith("Z") || stamp.matches(".*[+-]\\d{2}:\\d{2}$")
            ? java.time.OffsetDateTime.parse(stamp).toInstant()
            : LocalDateTime.parse(stamp).toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(stamp, SPACED).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
