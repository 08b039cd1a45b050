package io.assetbridge.core.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in config: 500ms, 30s, 5m, 2h, 1d, or ISO-8601 (PT5M). */
public final class DurationText {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private DurationText() {}

  /** Throws {@link java.time.format.DateTimeParseException} for anything else. */
  public static Duration parse(String text) {
    Matcher m = SHORT.matcher(text.trim());
    if (!m.matches()) {
      return Duration.parse(text.trim());
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
