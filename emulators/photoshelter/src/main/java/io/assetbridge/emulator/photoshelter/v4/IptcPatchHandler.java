package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PATCH /psapi/v4.0/media/{image_id}/iptc}: only named keys change, {@code ""} clears,
 * {@code keywords} aliases {@code keyword}; unknown keys and non-string values are 400.
 */
public final class IptcPatchHandler implements ApiHandler {

  private final Library library;

  public IptcPatchHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String id = ctx.pathParam("image_id");
    Map<String, String> changes = changes(PatchBody.attributes(ctx, id));
    Image image = MediaLookup.find(library, id);
    if (!changes.isEmpty()) {
      image = MediaLookup.edit(library, id, i -> i.withMeta(i.meta().withIptc(changes)));
    }
    Map<String, Object> attributes = new LinkedHashMap<>(IptcKeys.complete(image.meta().iptc()));
    Json.send(ctx, 200, MediaResource.document(MediaResource.resource(id, "iptc", attributes)));
  }

  /** Validated changes, keyed by v3 IPTC key. */
  public static Map<String, String> changes(JsonNode attributes) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (var entry : attributes.properties()) {
      String key = entry.getKey().equals("keywords") ? "keyword" : entry.getKey();
      JsonNode value = entry.getValue();
      if (!IptcKeys.isKey(key)) {
        throw ApiException.badParam("unknown IPTC key: " + entry.getKey());
      }
      if (!value.isTextual()) {
        throw ApiException.badParam("IPTC " + key + " must be a string (\"\" clears)");
      }
      if (changes.put(key, value.asText()) != null) {
        throw ApiException.badParam("keyword given twice (keyword and keywords)");
      }
    }
    return changes;
  }
}
