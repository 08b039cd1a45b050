package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The v4 custom-metadata document of one file. */
final class CustomMetadataView {

  private CustomMetadataView() {}

  static Map<String, Object> document(Library library, Image image) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (CustomField field : library.fields()) {
      String optionId = image.meta().custom().get(field.id());
      field.optionById(optionId).ifPresent(option -> values.add(entry(field, option)));
    }
    Map<String, Object> attributes = Map.of("custom_metadata", values);
    return MediaResource.document(
        List.of(MediaResource.resource(image.id(), "custom_metadata", attributes)));
  }

  private static Map<String, Object> entry(CustomField field, CustomField.Option option) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("field_id", field.id());
    entry.put("field_name", field.name());
    entry.put("option_id", option.id());
    entry.put("value", option.name());
    return entry;
  }
}
