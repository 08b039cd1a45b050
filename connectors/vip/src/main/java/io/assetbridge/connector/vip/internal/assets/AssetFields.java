package io.assetbridge.connector.vip.internal.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.connector.vip.internal.api.Json;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@code AssetWriter}'s fields into VIP asset metadata (§5): the create body's {@code
 * metadata} part, or a JSON Merge Patch carrying only the given fields.
 *
 * <p>VIP has no byline field, so {@code byline} is stored as the one-value tag {@code byline} and
 * read back from it.
 */
public final class AssetFields {
  public static final String BYLINE_TAG = "byline";
  public static final Set<String> WRITABLE =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "title",
                  "caption",
                  "keywords",
                  "credit",
                  "copyright",
                  "usageTerms",
                  "embargoUntil",
                  "expiresAt",
                  "territories",
                  "tags",
                  "byline")));
  private static final Map<String, Integer> TEXT_LIMITS =
      Map.of(
          "title", 500, "credit", 500, "copyright", 500, "caption", 10_000, "usageTerms", 10_000);

  private final FieldRules rules;

  public AssetFields(String connection) {
    this.rules = new FieldRules(connection);
  }

  /** The {@code metadata} part for {@code POST /assets}; null fields are left out. */
  public ObjectNode forCreate(String externalKey, Map<String, Object> fields) {
    ObjectNode metadata = Json.MAPPER.createObjectNode();
    if (externalKey != null) {
      metadata.put("externalRef", rules.text("externalRef", externalKey, 200));
    }
    return fill(metadata, fields, false);
  }

  /**
   * A merge patch with exactly the given fields: null clears a field, tags merge per key and a null
   * tag value removes that key (RFC 7396, as VIP applies it).
   */
  public ObjectNode forPatch(Map<String, Object> fields) {
    return fill(Json.MAPPER.createObjectNode(), fields, true);
  }

  private ObjectNode fill(ObjectNode node, Map<String, Object> fields, boolean patch) {
    fields.forEach(
        (name, value) -> {
          if (!WRITABLE.contains(name)) {
            throw rules.invalid(name, "is not writable on VIP; writable fields: " + WRITABLE);
          }
          if (!name.equals(BYLINE_TAG) && (value != null || patch)) {
            set(node, name, value, patch);
          }
        });
    // After tags, so the byline lands in whatever tags object the fields made.
    if (fields.get(BYLINE_TAG) != null || (patch && fields.containsKey(BYLINE_TAG))) {
      setByline(node, fields.get(BYLINE_TAG));
    }
    return node;
  }

  private void set(ObjectNode node, String name, Object value, boolean patch) {
    switch (value == null ? "null" : name) {
      case "null" -> node.putNull(name);
      case "keywords" -> node.set(name, array(distinct(rules.strings(name, value, 200, 100))));
      case "territories" ->
          node.set(name, array(upperCase(rules.strings(name, value, 300, Integer.MAX_VALUE))));
      case "embargoUntil", "expiresAt" -> node.put(name, rules.instant(name, value));
      case "tags" -> setTags(node.putObject("tags"), rules.tags(value, patch));
      default -> node.put(name, rules.text(name, value, TEXT_LIMITS.get(name)));
    }
  }

  private void setTags(ObjectNode target, Map<String, List<String>> tags) {
    tags.forEach((key, values) -> target.set(key, values == null ? null : array(values)));
  }

  private void setByline(ObjectNode node, Object byline) {
    if (node.has("tags") && node.get("tags").isNull()) {
      if (byline == null) {
        return; // clearing every tag clears the byline too
      }
      throw rules.invalid(
          "byline", "cannot be set while `tags` is cleared: VIP keeps the byline in tag `byline`");
    }
    ObjectNode tags = node.has("tags") ? (ObjectNode) node.get("tags") : node.putObject("tags");
    JsonNode value =
        byline == null ? null : array(List.of(rules.text(BYLINE_TAG, byline, Integer.MAX_VALUE)));
    tags.set(BYLINE_TAG, value);
    if (tags.size() > FieldRules.MAX_TAGS) {
      throw rules.invalid("tags", "has more than " + FieldRules.MAX_TAGS + " keys with `byline`");
    }
  }

  private static JsonNode array(List<String> values) {
    return Json.MAPPER.valueToTree(values);
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private static List<String> upperCase(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }
}
