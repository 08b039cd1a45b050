package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code POST /_emulator/act}: applies one action to the listed images and sets their {@code
 * modified_at} to {@code at} (default now), so ties can be made on purpose.
 */
public final class ActHandler implements Handler {

  private static final Set<String> KEYS =
      Set.of(
          "image_ids",
          "action",
          "at",
          "value",
          "field",
          "iptc",
          "license_etime",
          "gallery",
          "from",
          "rating");
  private final Library library;
  private final ImageActions actions;

  public ActHandler(Library library) {
    this.library = library;
    this.actions = new ImageActions(library);
  }

  @Override
  public void handle(Context ctx) {
    JsonNode body = AdminBody.read(ctx, KEYS);
    List<String> ids = ids(body.path("image_ids"));
    UnaryOperator<Image> change = actions.change(AdminBody.text(body, "action", ""), body);
    String atText = AdminBody.text(body, "at", null);
    Instant at =
        (atText == null ? library.now() : Stamps.parseUtc(atText, "at"))
            .truncatedTo(ChronoUnit.SECONDS);
    ids.forEach(id -> library.edit(id, change, at));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("image_ids", ids);
    result.put("modified_at", Stamps.gmt(at));
    Json.send(ctx, 200, result);
  }

  private List<String> ids(JsonNode list) {
    if (!list.isArray() || list.isEmpty()) {
      throw ApiException.badParam("image_ids must be a non-empty list");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : list) {
      if (library.image(id.asText()).isEmpty()) {
        throw ApiException.badParam("unknown image " + id.asText());
      }
      ids.add(id.asText());
    }
    return ids;
  }
}
