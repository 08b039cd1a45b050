package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.javalin.http.Context;
import java.util.Locale;

/** Reads a v4 JSON body ({@code application/json} or {@code application/vnd.api+json}). */
final class PatchBody {

  private PatchBody() {}

  static JsonNode data(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json") && !type.startsWith("application/vnd.api+json")) {
      throw ApiException.badParam("Content-Type must be application/json");
    }
    JsonNode data = Json.read(ctx.body()).path("data");
    if (data.isMissingNode() || data.isNull()) {
      throw ApiException.badParam("body needs data");
    }
    return data;
  }

  /** {@code data.attributes} of a single-resource body whose id (when given) is the path's. */
  static JsonNode attributes(Context ctx, String pathId) {
    JsonNode data = data(ctx);
    JsonNode id = data.path("id");
    if (!id.isMissingNode() && !id.asText().equals(pathId)) {
      throw ApiException.badParam("data.id differs from the path");
    }
    JsonNode attributes = data.path("attributes");
    if (!attributes.isObject()) {
      throw ApiException.badParam("data.attributes must be an object");
    }
    return attributes;
  }
}
