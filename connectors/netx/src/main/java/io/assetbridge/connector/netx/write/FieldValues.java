package io.assetbridge.connector.netx.write;

import io.assetbridge.connector.netx.AttributeLabels;
import io.assetbridge.connector.netx.read.AttributeDates;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Canonical field values → the attribute lists {@code updateAsset} takes (netx.md §11). */
public final class FieldValues {
  public static final String ATTR_PREFIX = "attr:";
  public static final String FOLDER = "folder";
  public static final Set<String> NAMES =
      Set.of(
          "title",
          "keywords",
          "caption",
          "credit",
          "copyright",
          "usageTerms",
          "expiresAt",
          "embargoUntil",
          "territories",
          "status",
          "tags",
          "tag:campaign",
          "tag:category",
          FOLDER);

  private final AttributeLabels labels;

  public FieldValues(AttributeLabels labels) {
    this.labels = labels;
  }

  /** Attribute label → new values, for every field except title, keywords and folder. */
  public Map<String, List<String>> attributes(Map<String, Object> fields) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    fields.forEach((name, value) -> put(out, name, value));
    return out;
  }

  @SuppressWarnings("unchecked")
  private void put(Map<String, List<String>> out, String name, Object value) {
    switch (name) {
      case "title", "keywords", FOLDER -> {}
      case "caption" -> out.put(labels.caption(), list(value));
      case "credit" -> out.put(labels.credit(), list(value));
      case "copyright" -> out.put(labels.copyright(), list(value));
      case "usageTerms" -> out.put(labels.usageTerms(), list(value));
      case "territories" -> out.put(labels.territories(), list(value));
      case "expiresAt" -> out.put(labels.expiry(), list(AttributeDates.expiryText(instant(value))));
      case "embargoUntil" ->
          out.put(labels.embargo(), list(AttributeDates.embargoText(instant(value))));
      case "status" -> out.put(labels.status(), list(statusText(value)));
      case "tag:campaign" -> out.put(labels.campaign(), list(value));
      case "tag:category" -> out.put(labels.category(), list(value));
      case "tags" -> ((Map<String, Object>) value).forEach((tag, v) -> put(out, "tag:" + tag, v));
      default -> {
        if (!name.startsWith(ATTR_PREFIX)) {
          throw new PermanentException("netx cannot write field '" + name + "'");
        }
        out.put(name.substring(ATTR_PREFIX.length()), list(value));
      }
    }
  }

  /** The {@code Asset Status} option of a canonical status, e.g. {@code In Review}. */
  public static String statusName(AssetStatus status) {
    return statusText(status);
  }

  static String statusText(Object value) {
    if (value == null) {
      return null;
    }
    AssetStatus s = value instanceof AssetStatus a ? a : parseStatus(value.toString());
    String words = s.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0))
        + (s == AssetStatus.IN_REVIEW ? "n Review" : words.substring(1));
  }

  private static AssetStatus parseStatus(String text) {
    try {
      return AssetStatus.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new PermanentException("'" + text + "' is not a status such as APPROVED", e);
    }
  }

  private static Instant instant(Object value) {
    return value == null || value instanceof Instant
        ? (Instant) value
        : Instant.parse(value.toString());
  }

  static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(value.toString());
  }
}
