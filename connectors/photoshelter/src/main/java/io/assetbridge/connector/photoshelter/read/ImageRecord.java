package io.assetbridge.connector.photoshelter.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.photoshelter.approval.ImageFacts;
import io.assetbridge.spi.CollectionRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One image as read through v3: the record with its embedded {@code Iptc}, {@code CustomMetadata}
 * and {@code License}, plus its galleries.
 */
public record ImageRecord(JsonNode image, JsonNode galleries) {

  public JsonNode iptc() {
    return image.path("Iptc");
  }

  public String text(String key) {
    JsonNode v = image.get(key);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  public String iptcText(String key) {
    String v = iptc().path(key).asText("");
    return v.isBlank() ? null : v;
  }

  public String licenseEnd() {
    return image.path("License").path("license_etime").asText("");
  }

  /** Custom values by field name (one option per field). */
  public Map<String, String> custom() {
    JsonNode list = image.path("CustomMetadata");
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode entry : list.isArray() ? list : list.path("CustomMetadata")) {
      String name = entry.path("field_name").asText("");
      if (!name.isBlank() && !entry.path("value").isNull()) {
        values.put(name, entry.path("value").asText(""));
      }
    }
    return values;
  }

  public List<CollectionRef> galleryRefs() {
    List<CollectionRef> refs = new ArrayList<>();
    for (JsonNode g : galleries) {
      refs.add(new CollectionRef(g.path("gallery_id").asText(), g.path("name").asText(null), null));
    }
    return refs;
  }

  public Integer rating() {
    String r = text("rating");
    try {
      return r == null || r.isBlank() ? null : Integer.valueOf(r.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public ImageFacts facts() {
    return new ImageFacts(custom(), galleryRefs(), rating());
  }
}
