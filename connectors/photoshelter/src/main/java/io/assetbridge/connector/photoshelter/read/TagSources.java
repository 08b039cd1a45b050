package io.assetbridge.connector.photoshelter.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tags:} setting. Configured: exactly the named tags. Not configured (the default of
 * DESIGN.md): every custom field except the approval field, named by {@link TagSource#defaultName}.
 */
public record TagSources(Map<String, TagSource> configured, String approvalField) {

  public static TagSources from(Map<String, Object> setting, String approvalField) {
    Map<String, TagSource> parsed = new LinkedHashMap<>();
    setting.forEach((tag, spec) -> parsed.put(tag, TagSource.parse(tag, spec)));
    return new TagSources(Map.copyOf(parsed), approvalField);
  }

  public boolean isDefault() {
    return configured.isEmpty();
  }

  /** The tags of one image from its custom values (field name → option) and IPTC record. */
  public Map<String, List<String>> read(Map<String, String> custom, JsonNode iptc) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    if (isDefault()) {
      custom.forEach(
          (field, value) -> {
            if (!field.equalsIgnoreCase(approvalField) && !value.isBlank()) {
              tags.put(TagSource.defaultName(field), List.of(value));
            }
          });
      return tags;
    }
    configured.forEach(
        (tag, source) -> {
          List<String> values = valuesOf(source, custom, iptc);
          if (!values.isEmpty()) {
            tags.put(tag, values);
          }
        });
    return tags;
  }

  /** Where a configured tag is written; in default mode the writer matches field names. */
  public Optional<TagSource> configuredSource(String tag) {
    return Optional.ofNullable(configured.get(tag));
  }

  private static List<String> valuesOf(
      TagSource source, Map<String, String> custom, JsonNode iptc) {
    if (source.kind() == TagSource.Kind.CUSTOM) {
      String v =
          custom.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase(source.key()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse("");
      return v.isBlank() ? List.of() : List.of(v);
    }
    String v = iptc.path(source.key()).asText("");
    return source.key().equals("keyword")
        ? Keywords.split(v)
        : v.isBlank() ? List.of() : List.of(v);
  }
}
