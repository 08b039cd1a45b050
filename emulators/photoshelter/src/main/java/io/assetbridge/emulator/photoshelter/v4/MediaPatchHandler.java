package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Flags;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.function.UnaryOperator;

/** {@code PATCH /psapi/v4.0/media/{image_id}}: {@code rating} (-1…5) and the two release flags. */
public final class MediaPatchHandler implements ApiHandler {

  private final Library library;

  public MediaPatchHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String id = ctx.pathParam("image_id");
    JsonNode attributes = PatchBody.attributes(ctx, id);
    UnaryOperator<Flags> change = UnaryOperator.identity();
    for (var entry : attributes.properties()) {
      change = compose(change, flagChange(entry.getKey(), entry.getValue()));
    }
    Image image = MediaLookup.find(library, id);
    if (!attributes.isEmpty()) {
      UnaryOperator<Flags> all = change;
      image = MediaLookup.edit(library, id, i -> i.withFlags(all.apply(i.flags())));
    }
    Json.send(ctx, 200, MediaResource.document(MediaResource.of(image)));
  }

  private static UnaryOperator<Flags> compose(
      UnaryOperator<Flags> first, UnaryOperator<Flags> then) {
    return f -> then.apply(first.apply(f));
  }

  private static UnaryOperator<Flags> flagChange(String key, JsonNode value) {
    return switch (key) {
      case "rating" -> {
        if (!value.isIntegralNumber() || value.asInt() < -1 || value.asInt() > 5) {
          throw ApiException.badParam("rating must be an integer from -1 to 5");
        }
        yield f -> f.withRating(value.asInt());
      }
      case "model_released" -> f -> f.withModelReleased(bool(key, value));
      case "property_released" -> f -> f.withPropertyReleased(bool(key, value));
      default -> throw ApiException.badParam("unknown attribute: " + key);
    };
  }

  private static boolean bool(String key, JsonNode value) {
    if (!value.isBoolean()) {
      throw ApiException.badParam(key + " must be true or false");
    }
    return value.asBoolean();
  }
}
