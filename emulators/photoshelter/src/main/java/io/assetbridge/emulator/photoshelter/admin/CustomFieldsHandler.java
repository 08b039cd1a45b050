package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /_emulator/custom-fields}: defines an org custom-metadata field with its options, as
 * an org admin does in PhotoShelter's settings; existing fields and options are kept. Body {@code
 * {"name":"Distribution Status","options":["queued","sent"]}}; answers the field's id and option
 * ids.
 */
public final class CustomFieldsHandler implements Handler {
  private final Library library;

  public CustomFieldsHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx) {
    JsonNode body = AdminBody.read(ctx, Set.of("name", "options"));
    String name = AdminBody.text(body, "name", "");
    JsonNode options = body.path("options");
    if (name.isBlank() || !options.isArray() || options.isEmpty()) {
      throw ApiException.badParam("give a field name and a non-empty options list");
    }
    Map<String, String> optionIds = new LinkedHashMap<>();
    options.forEach(o -> optionIds.put(o.asText(), library.defineOption(name, o.asText()).id()));
    CustomField field = library.field(name).orElseThrow();
    Json.send(ctx, 200, Map.of("id", field.id(), "name", field.name(), "options", optionIds));
  }
}
