package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /psapi/v3/mem/image/{image_id}} with {@code fields} and {@code extend}. */
public final class ImageRecordHandler implements ApiHandler {

  private final Library library;
  private final V3Records records;
  private final ImageExtender extender;

  public ImageRecordHandler(Library library, V3Records records, ImageExtender extender) {
    this.library = library;
    this.records = records;
    this.extender = extender;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Map<String, Extension> extensions = ExtensionParser.parse(ctx.queryParam("extend"));
    Image image = find(library, ctx.pathParam("image_id"));
    Map<String, Object> record =
        FieldSelection.parse(ctx.queryParam("fields")).apply(records.image(image), "Image");
    extender.apply(record, image, extensions);
    V3Envelope.ok(ctx, "Image", record);
  }

  static Image find(Library library, String imageId) {
    return library.image(imageId).orElseThrow(() -> ApiException.notFound("no image " + imageId));
  }
}
