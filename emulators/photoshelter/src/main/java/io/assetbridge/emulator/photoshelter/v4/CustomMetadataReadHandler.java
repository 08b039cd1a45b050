package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;

/** {@code GET /psapi/v4.0/media/{image_id}/custom-metadata}. */
public final class CustomMetadataReadHandler implements ApiHandler {

  private final Library library;

  public CustomMetadataReadHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Json.send(
        ctx,
        200,
        CustomMetadataView.document(library, MediaLookup.find(library, ctx.pathParam("image_id"))));
  }
}
