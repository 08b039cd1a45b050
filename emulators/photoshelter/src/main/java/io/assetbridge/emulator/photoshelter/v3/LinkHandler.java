package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.imaging.RenditionSpec;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;

/** {@code GET /psapi/v3/mem/image/{image_id}/link?image_mode=fit&image_size=WxH}. */
public final class LinkHandler implements ApiHandler {

  private final Library library;
  private final LinkMaker links;

  public LinkHandler(Library library, LinkMaker links) {
    this.library = library;
    this.links = links;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    RenditionSpec spec =
        ImageExtender.spec(ctx.queryParam("image_mode"), ctx.queryParam("image_size"));
    Image image = ImageRecordHandler.find(library, ctx.pathParam("image_id"));
    FieldSelection fields = FieldSelection.parse(ctx.queryParam("fields"));
    V3Envelope.ok(ctx, "ImageLink", fields.apply(links.link(image.id(), spec), "ImageLink"));
  }
}
