package io.assetbridge.connector.photoshelter.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PhotoShelter has no embargo or territory field; newsrooms write such restrictions into IPTC
 * Special Instructions (2:40), e.g. "EMBARGOED UNTIL 2025-04-01T08:00:00Z" or "Embargo until
 * 2025-04-01 08:00:00 GMT", and "TERRITORIES: DE, AT". An unreadable date is treated as no embargo
 * rather than guessed. Rewriting keeps the rest of the instructions as they are.
 */
public final class EmbargoInstructions {
  private static final Pattern EMBARGO =
      Pattern.compile(
          "(?i)embargo(?:ed)?\\s+until\\s+(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|\\s*GMT|\\s*UTC|[+-]\\d{2}:\\d{2})?)");
  private static final Pattern TERRITORIES =
      Pattern.compile("(?i)territor(?:y|ies)\\s*:\\s*([A-Za-z0-9 ,_-]*[A-Za-z0-9])");
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private EmbargoInstructions() {}

  /** The territory codes, e.g. [DE, AT], or an empty list. */
  public static List<String> territories(String instructions) {
    if (instructions == null) {
      return List.of();
    }
    Matcher m = TERRITORIES.matcher(instructions);
    if (!m.find()) {
      return List.of();
    }
    return Arrays.stream(m.group(1).split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * The instructions with the embargo and/or territory clause replaced (a null {@code embargo} or
   * empty {@code territories} removes it); the other text stays.
   */
  public static String rewrite(
      String instructions,
      boolean setEmbargo,
      Instant embargo,
      boolean setTerritories,
      List<String> territories) {
    String rest = instructions == null ? "" : instructions;
    List<String> clauses = new ArrayList<>();
    if (setEmbargo) {
      rest = EMBARGO.matcher(rest).replaceAll("");
      if (embargo != null) {
        clauses.add("EMBARGOED UNTIL " + embargo);
      }
    } else if (until(rest) != null) {
      Matcher m = EMBARGO.matcher(rest);
      m.find();
      clauses.add(m.group());
      rest = m.replaceFirst("");
    }
    if (setTerritories) {
      rest = TERRITORIES.matcher(rest).replaceAll("");
      if (territories != null && !territories.isEmpty()) {
        clauses.add("TERRITORIES: " + String.join(", ", territories));
      }
    }
    String kept = rest.replaceAll("(\\s*[.;]\\s*){2,}", ". ").replaceAll("^[\\s.;]+|[\\s.;]+$", "");
    if (!kept.isEmpty()) {
      clauses.add(0, kept);
    }
    return String.join(". ", clauses);
  }

  public static Instant until(String instructions) {
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
