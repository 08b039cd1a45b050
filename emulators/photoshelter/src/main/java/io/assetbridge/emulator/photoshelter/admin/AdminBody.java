package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.javalin.http.Context;
import java.util.Set;

/** Reads an admin JSON body (empty = {}) and rejects keys the operation does not know. */
final class AdminBody {

  private AdminBody() {}

  static JsonNode read(Context ctx, Set<String> keys) {
    JsonNode body = Json.read(ctx.body());
    if (!body.isObject()) {
      throw ApiException.badParam("body must be a JSON object");
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!keys.contains(name)) {
                throw ApiException.badParam("unknown key: " + name);
              }
            });
    return body;
  }

  static String text(JsonNode body, String key, String fallback) {
    JsonNode value = body.get(key);
    return value == null || value.isNull() ? fallback : value.asText();
  }
}
