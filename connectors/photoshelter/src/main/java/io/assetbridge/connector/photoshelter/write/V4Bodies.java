package io.assetbridge.connector.photoshelter.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/** JSON:API request bodies of the v4 writes (§7). */
final class V4Bodies {
  private final ObjectMapper json;

  V4Bodies(ObjectMapper json) {
    this.json = json;
  }

  /** {@code {"data":{"type":…,"id":…,"attributes":{…}}}}; null attribute values stay null. */
  String resource(String type, String id, Map<String, ?> attributes) {
    ObjectNode data = json.createObjectNode().put("type", type).put("id", id);
    data.set("attributes", json.valueToTree(attributes));
    return write(json.createObjectNode().set("data", data));
  }

  /** The custom-metadata attributes: a list of {field_id, option_id}. */
  String customMetadata(String id, Map<String, String> optionsByField) {
    ArrayNode list = json.createArrayNode();
    optionsByField.forEach(
        (field, option) -> list.addObject().put("field_id", field).put("option_id", option));
    ObjectNode attributes = json.createObjectNode();
    attributes.set("custom_metadata", list);
    ObjectNode data = json.createObjectNode().put("type", "custom_metadata").put("id", id);
    data.set("attributes", attributes);
    return write(json.createObjectNode().set("data", data));
  }

  /** {@code {"data":[{"type":"image","id":…}]}}. */
  String images(Collection<String> ids) {
    ArrayNode list = json.createArrayNode();
    ids.forEach(id -> list.addObject().put("type", "image").put("id", id));
    return write(json.createObjectNode().set("data", list));
  }

  private String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON body", e);
    }
  }
}
