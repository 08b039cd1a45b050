package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code PATCH /psapi/v4.0/media/{image_id}/license}: {@code license_etime} in UTC, or null / "" to
 * clear.
 */
public final class LicensePatchHandler implements ApiHandler {

  private final Library library;

  public LicensePatchHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String id = ctx.pathParam("image_id");
    JsonNode attributes = PatchBody.attributes(ctx, id);
    for (var entry : attributes.properties()) {
      if (!entry.getKey().equals("license_etime")) {
        throw ApiException.badParam("unknown attribute: " + entry.getKey());
      }
    }
    Image image = MediaLookup.find(library, id);
    if (attributes.has("license_etime")) {
      Instant expiry = expiry(attributes.get("license_etime"));
      image = MediaLookup.edit(library, id, i -> i.withMeta(i.meta().withLicenseExpiry(expiry)));
    }
    Map<String, Object> result = new HashMap<>();
    result.put("license_etime", Stamps.gmt(image.meta().licenseExpiry()));
    Json.send(ctx, 200, MediaResource.document(MediaResource.resource(id, "license", result)));
  }

  private static Instant expiry(JsonNode value) {
    if (value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badParam("license_etime must be a string or null");
    }
    return Stamps.parseUtc(value.asText(), "license_etime");
  }
}
