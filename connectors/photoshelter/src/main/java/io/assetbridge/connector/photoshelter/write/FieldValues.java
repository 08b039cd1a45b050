package io.assetbridge.connector.photoshelter.write;

import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Checks and converts the values the engine hands to {@code update}; wrong types are permanent. */
final class FieldValues {
  private FieldValues() {}

  /** Text for IPTC; null clears (sent as "", since IPTC refuses null). */
  static String text(String field, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List<?> list && list.size() <= 1) {
      return list.isEmpty() ? "" : String.valueOf(list.get(0));
    }
    throw wrong(field, "text", v);
  }

  static List<String> list(String field, Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return List.of(s.split(","));
    }
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw wrong(field, "a list of text", v);
  }

  static Instant instant(String field, Object v) {
    if (v == null || v instanceof Instant) {
      return (Instant) v;
    }
    try {
      return v instanceof String s && !s.isBlank() ? Instant.parse(s.strip()) : null;
    } catch (DateTimeParseException e) {
      throw wrong(field, "an ISO-8601 instant", v);
    }
  }

  static Integer integer(String field, Object v) {
    if (v == null || v instanceof Integer) {
      return (Integer) v;
    }
    if (v instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(v.toString().strip());
    } catch (NumberFormatException e) {
      throw wrong(field, "a whole number", v);
    }
  }

  static Boolean bool(String field, Object v) {
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    return switch (v.toString().strip().toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes" -> true;
      case "false", "f", "no" -> false;
      default -> throw wrong(field, "true or false", v);
    };
  }

  static AssetStatus status(Object v) {
    if (v == null || v instanceof AssetStatus) {
      return (AssetStatus) v;
    }
    try {
      return AssetStatus.valueOf(v.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw wrong("status", "one of DRAFT, IN_REVIEW, APPROVED, ARCHIVED, EXPIRED", v);
    }
  }

  private static PermanentException wrong(String field, String expected, Object v) {
    return new PermanentException(
        "field '" + field + "' needs " + expected + ", not " + v.getClass().getSimpleName());
  }
}
