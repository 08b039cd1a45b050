package io.assetbridge.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and durations as config writes them. */
final class Numbers {

  private Numbers() {}

  static int integer(ConfigNode node) {
    String text = node.requiredText();
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ConfigException.at(
          node, "'" + text + "' is not a whole number", "write a number such as 8");
    }
  }

  /** A byte count: 1048576, 512KB, 50MB or 2GB (powers of 1024). */
  static long bytes(ConfigNode node) {
    String text = node.requiredText().trim().toUpperCase(java.util.Locale.ROOT);
    Matcher m = Pattern.compile("(\\d+)\\s*(KB|MB|GB)?").matcher(text);
    if (!m.matches()) {
      throw ConfigException.at(
          node, "'" + text + "' is not a size", "write 1048576, 512KB, 50MB or 2GB");
    }
    long n = Long.parseLong(m.group(1));
    int shift =
        m.group(2) == null
            ? 0
            : switch (m.group(2)) {
              case "KB" -> 10;
              case "MB" -> 20;
              default -> 30;
            };
    return n << shift;
  }

  static Duration duration(ConfigNode node) {
    String text = node.requiredText().trim();
    try {
      return DurationText.parse(text);
    } catch (DateTimeParseException e) {
      throw ConfigException.at(
          node, "'" + text + "' is not a duration", "write 500ms, 30s, 5m, 2h or PT5M");
    }
  }
}
