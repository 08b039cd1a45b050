package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Image;
import java.util.LinkedHashMap;
import java.util.Map;

/** An image as a v4 resource: JSON numbers and booleans, UTC stamps with " GMT". */
final class MediaResource {

  private MediaResource() {}

  static Map<String, Object> of(Image image) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("file_name", image.file().fileName());
    attributes.put("file_size", image.file().size());
    attributes.put("width", image.file().width());
    attributes.put("height", image.file().height());
    attributes.put("rating", image.flags().rating());
    attributes.put("model_released", image.flags().modelReleased());
    attributes.put("property_released", image.flags().propertyReleased());
    attributes.put("created_at", Stamps.gmt(image.origin().createdAt()));
    attributes.put("modified_at", Stamps.gmt(image.modifiedAt()));
    return resource(image.id(), "image", attributes);
  }

  static Map<String, Object> resource(String id, String type, Object attributes) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("id", id);
    resource.put("type", type);
    resource.put("attributes", attributes);
    return resource;
  }

  static Map<String, Object> document(Object data) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", data);
    return document;
  }
}
