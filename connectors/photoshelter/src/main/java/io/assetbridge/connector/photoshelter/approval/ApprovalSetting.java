package io.assetbridge.connector.photoshelter.approval;

import java.util.Map;
import java.util.Set;

/** Parses {@code approval:}; also takes DESIGN.md's short form {@code {customField: Name}}. */
final class ApprovalSetting {
  private static final Set<String> KEYS =
      Set.of("by", "field", "customField", "approved", "gallery", "min", "rescan");

  private ApprovalSetting() {}

  static ApprovalRule parse(Map<String, Object> m) {
    for (String key : m.keySet()) {
      if (!KEYS.contains(key)) {
        throw bad("has no key '" + key + "'; use by, field, approved, gallery, min, rescan");
      }
    }
    boolean rescan = rescan(m.get("rescan"));
    String by = text(m, "by", m.containsKey("customField") ? "custom-metadata" : null);
    if (by == null) {
      throw bad("needs by: custom-metadata, gallery or rating");
    }
    return switch (by) {
      case "custom-metadata" ->
          new ApprovalRule.ByCustomField(
              text(m, "field", text(m, "customField", "Approval Status")),
              text(m, "approved", "Approved"),
              rescan);
      case "gallery" -> new ApprovalRule.ByGallery(required(m, "gallery"), rescan);
      case "rating" -> new ApprovalRule.ByRating(min(m.get("min")), rescan);
      default -> throw bad("by: '" + by + "' is unknown; use custom-metadata, gallery or rating");
    };
  }

  private static int min(Object v) {
    if (v == null) {
      throw bad("with by: rating needs min, the lowest approved rating (for example min: 4)");
    }
    try {
      int min = v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().strip());
      if (min < -1 || min > 5) {
        throw bad("min must be between -1 and 5, not " + min);
      }
      return min;
    } catch (NumberFormatException e) {
      throw bad("min must be a whole number such as 4, not '" + v + "'");
    }
  }

  private static boolean rescan(Object v) {
    if (v == null) {
      return true;
    }
    return switch (v.toString().strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw bad("rescan must be true or false, not '" + v + "'");
    };
  }

  private static String required(Map<String, Object> m, String key) {
    String v = text(m, key, null);
    if (v == null) {
      throw bad("with by: gallery needs gallery, the approval gallery's name or id");
    }
    return v;
  }

  private static String text(Map<String, Object> m, String key, String fallback) {
    Object v = m.get(key);
    return v == null || v.toString().isBlank() ? fallback : v.toString().strip();
  }

  private static IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("setting approval " + what);
  }
}
