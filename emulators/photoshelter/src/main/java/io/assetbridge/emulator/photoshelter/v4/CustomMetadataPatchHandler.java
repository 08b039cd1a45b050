package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Metadata;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PATCH /psapi/v4.0/media/{image_id}/custom-metadata}: each listed field gets the given
 * option ({@code null} clears); a field twice or an option of another field is 400.
 */
public final class CustomMetadataPatchHandler implements ApiHandler {

  private final Library library;

  public CustomMetadataPatchHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String id = ctx.pathParam("image_id");
    JsonNode list = PatchBody.attributes(ctx, id).path("custom_metadata");
    if (!list.isArray()) {
      throw ApiException.badParam("attributes.custom_metadata must be a list");
    }
    Map<String, String> changes = changes(list);
    Image image = MediaLookup.find(library, id);
    if (!changes.isEmpty()) {
      image = MediaLookup.edit(library, id, i -> i.withMeta(apply(i.meta(), changes)));
    }
    Json.send(ctx, 200, CustomMetadataView.document(library, image));
  }

  private Map<String, String> changes(JsonNode list) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (JsonNode item : list) {
      String fieldId = item.path("field_id").asText("");
      CustomField field =
          library.fields().stream()
              .filter(f -> f.id().equals(fieldId))
              .findFirst()
              .orElseThrow(() -> ApiException.badParam("unknown field_id " + fieldId));
      JsonNode option = item.path("option_id");
      String optionId = option.isNull() ? null : option.asText("");
      if (optionId != null && field.optionById(optionId).isEmpty()) {
        throw ApiException.badParam("option " + optionId + " is not an option of " + fieldId);
      }
      if (changes.containsKey(fieldId)) {
        throw ApiException.badParam("field " + fieldId + " given twice");
      }
      changes.put(fieldId, optionId);
    }
    return changes;
  }

  private static Metadata apply(Metadata meta, Map<String, String> changes) {
    Metadata result = meta;
    for (var change : changes.entrySet()) {
      result = result.withCustom(change.getKey(), change.getValue());
    }
    return result;
  }
}
