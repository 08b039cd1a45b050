package io.assetbridge.connector.netx.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An asset's {@code attributes} block: label → list of strings; unset reads as empty. */
public record Attributes(Map<String, List<String>> raw) {

  public Attributes(JsonNode block) {
    this(read(block));
  }

  private static Map<String, List<String>> read(JsonNode block) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    block.properties().forEach(e -> m.put(e.getKey(), AssetMapping.strings(e.getValue())));
    return m;
  }

  public List<String> values(String label) {
    return raw.getOrDefault(label, List.of());
  }

  public String first(String label) {
    List<String> v = values(label);
    return v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
  }
}
