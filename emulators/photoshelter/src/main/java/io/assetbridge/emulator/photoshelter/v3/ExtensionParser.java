package io.assetbridge.emulator.photoshelter.v3;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parses the nested v3 {@code extend} JSON; an unknown record type is a bad parameter. */
public final class ExtensionParser {

  private static final Set<String> TYPES =
      Set.of(
          Extension.IMAGE,
          Extension.IPTC,
          Extension.IMAGE_LINK,
          Extension.CUSTOM_METADATA,
          Extension.LICENSE,
          Extension.COLLECTION,
          Extension.GALLERY);

  private ExtensionParser() {}

  public static Map<String, Extension> parse(String extend) {
    if (extend == null || extend.isBlank()) {
      return Map.of();
    }
    JsonNode root = Json.read(extend);
    if (!root.isObject()) {
      throw ApiException.badParam("extend must be a JSON object");
    }
    return children(root);
  }

  private static Map<String, Extension> children(JsonNode node) {
    Map<String, Extension> result = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      String key = entry.getKey();
      if (key.equals("fields") || key.equals("params")) {
        continue;
      }
      if (!TYPES.contains(key) || !entry.getValue().isObject()) {
        throw ApiException.badParam("unknown extension: " + key);
      }
      result.put(key, extension(key, entry.getValue()));
    }
    return result;
  }

  private static Extension extension(String type, JsonNode node) {
    JsonNode fields = node.path("fields");
    if (!fields.isMissingNode() && !fields.isTextual()) {
      throw ApiException.badParam(type + ".fields must be a string");
    }
    Map<String, String> params = new LinkedHashMap<>();
    node.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    return new Extension(type, FieldSelection.parse(fields.asText(null)), params, children(node));
  }
}
