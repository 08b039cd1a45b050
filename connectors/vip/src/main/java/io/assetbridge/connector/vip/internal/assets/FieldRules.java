package io.assetbridge.connector.vip.internal.assets;

import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The §5 limits VIP answers {@code 400} for, checked before sending so the failure names the field.
 * Lengths are in code points (§13.7).
 */
final class FieldRules {
  static final int MAX_TAGS = 50;
  static final int MAX_TAG_VALUES = 100;
  private static final Pattern TAG_KEY = Pattern.compile("[a-z0-9_-]{1,64}");

  private final String connection;

  FieldRules(String connection) {
    this.connection = connection;
  }

  String text(String field, Object value, int maxLength) {
    if (!(value instanceof String text)) {
      throw invalid(field, "must be text, not " + typeOf(value));
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      throw invalid(field, "has " + length + " characters; VIP takes at most " + maxLength);
    }
    int control = text.codePoints().filter(FieldRules::forbiddenControl).findFirst().orElse(-1);
    if (control >= 0) {
      throw invalid(field, String.format("contains control character U+%04X", control));
    }
    return text;
  }

  List<String> strings(String field, Object value, int maxItems, int maxLength) {
    if (!(value instanceof List<?> list)) {
      throw invalid(field, "must be a list of text, not " + typeOf(value));
    }
    if (list.size() > maxItems) {
      throw invalid(field, "has " + list.size() + " items; VIP takes at most " + maxItems);
    }
    List<String> texts = new ArrayList<>();
    for (Object item : list) {
      texts.add(text(field, item, maxLength));
    }
    return texts;
  }

  /** An instant, or RFC 3339 text, as VIP's RFC 3339 UTC text. */
  String instant(String field, Object value) {
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text).toInstant().toString();
      } catch (DateTimeParseException e) {
        throw invalid(field, "'" + text + "' is not an RFC 3339 time");
      }
    }
    throw invalid(field, "must be an instant, not " + typeOf(value));
  }

  /** Tag keys lower-cased and checked; a null value (remove the key) is kept only if allowed. */
  Map<String, List<String>> tags(Object value, boolean nullRemovesKey) {
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid("tags", "must be a map of name to list of text, not " + typeOf(value));
    }
    if (map.size() > MAX_TAGS) {
      throw invalid("tags", "has " + map.size() + " keys; VIP takes at most " + MAX_TAGS);
    }
    Map<String, List<String>> tags = new LinkedHashMap<>();
    map.forEach((name, values) -> putTag(tags, String.valueOf(name), values, nullRemovesKey));
    return tags;
  }

  private void putTag(
      Map<String, List<String>> tags, String name, Object values, boolean nullRemovesKey) {
    String key = name.toLowerCase(Locale.ROOT);
    if (!TAG_KEY.matcher(key).matches()) {
      throw invalid("tags", "key '" + name + "' must match [a-z0-9_-]{1,64} once lower-cased");
    }
    if (tags.containsKey(key)) {
      throw invalid("tags", "keys '" + name + "' and another one are both '" + key + "'");
    }
    if (values == null && !nullRemovesKey) {
      return;
    }
    tags.put(
        key,
        values == null ? null : strings("tags." + key, values, MAX_TAG_VALUES, Integer.MAX_VALUE));
  }

  PermanentException invalid(String field, String problem) {
    return new PermanentException(
        "VIP connection " + connection + ": field `" + field + "` " + problem);
  }

  private static boolean forbiddenControl(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        && codePoint != '\t'
        && codePoint != '\n'
        && codePoint != '\r';
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
