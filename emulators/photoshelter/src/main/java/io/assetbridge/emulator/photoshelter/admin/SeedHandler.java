package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code POST /_emulator/seed {"count":50,"gallery":"Inbox","seed":42}}. */
public final class SeedHandler implements Handler {

  private final Library library;
  private final Seeder seeder;

  public SeedHandler(Library library) {
    this.library = library;
    this.seeder = new Seeder(library);
  }

  @Override
  public void handle(Context ctx) {
    JsonNode body = AdminBody.read(ctx, Set.of("count", "gallery", "seed"));
    int count = body.path("count").asInt(50);
    if (count < 0 || count > 20_000) {
      throw ApiException.badParam("count must be 0..20000");
    }
    String name = AdminBody.text(body, "gallery", "Inbox");
    Container gallery =
        library
            .tree()
            .galleryByIdOrName(name)
            .orElseThrow(() -> ApiException.badParam("no gallery " + name));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("image_ids", seeder.seed(count, gallery.id(), body.path("seed").asLong(42)));
    result.put("gallery_id", gallery.id());
    Json.send(ctx, 200, result);
  }
}
