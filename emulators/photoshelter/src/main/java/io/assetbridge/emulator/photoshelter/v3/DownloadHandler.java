package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.imaging.IptcCodec;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;

/**
 * {@code GET /psapi/v3/mem/image/{image_id}/download}: the original, streamed. {@code f_embed=t}
 * embeds the current IPTC; without it the stored bytes come back unchanged.
 */
public final class DownloadHandler implements ApiHandler {

  private final Library library;

  public DownloadHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Image image = ImageRecordHandler.find(library, ctx.pathParam("image_id"));
    byte[] bytes = image.file().content();
    if ("t".equals(ctx.queryParam("f_embed"))) {
      bytes = IptcCodec.embed(bytes, image.meta().iptc());
    }
    String name = image.file().fileName().replace("\"", "");
    ctx.status(200)
        .contentType("image/jpeg")
        .header("Content-Length", Integer.toString(bytes.length))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .result(new ByteArrayInputStream(bytes));
  }
}
