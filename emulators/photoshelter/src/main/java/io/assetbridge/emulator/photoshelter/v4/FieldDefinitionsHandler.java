package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /psapi/v4.0/organization/{org_id}/custom-metadata}: the org's field definitions. */
public final class FieldDefinitionsHandler implements ApiHandler {

  private final Library library;

  public FieldDefinitionsHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    if (!ctx.pathParam("org_id").equals(caller.session().orgId())) {
      throw new ApiException(ApiError.PERMISSION, "not this session's organization");
    }
    List<Map<String, Object>> data =
        library.fields().stream().map(FieldDefinitionsHandler::definition).toList();
    Json.send(ctx, 200, MediaResource.document(data));
  }

  private static Map<String, Object> definition(CustomField field) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("name", field.name());
    attributes.put(
        "options",
        field.options().stream().map(o -> Map.of("id", o.id(), "name", o.name())).toList());
    return MediaResource.resource(field.id(), "custom_metadata_field", attributes);
  }
}
