package io.assetbridge.emulator.photoshelter.imaging;

import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;

/**
 * {@code GET /img-get2/{image_id}/fit=WxH[/name]} (or {@code fill=}): JPEG bytes, no PhotoShelter
 * headers needed. A {@code token} that was not signed for this rendition is refused.
 */
public final class RenditionHandler implements Handler {

  private final Library library;
  private final Renditions renditions;
  private final TokenCheck tokens;

  public RenditionHandler(Library library, Renditions renditions, TokenCheck tokens) {
    this.library = library;
    this.renditions = renditions;
    this.tokens = tokens;
  }

  /** Verifies {@code auth_link} tokens. */
  @FunctionalInterface
  public interface TokenCheck {
    boolean verifies(String imageId, RenditionSpec spec, String token);
  }

  @Override
  public void handle(Context ctx) throws IOException {
    String imageId = ctx.pathParam("image_id");
    RenditionSpec spec =
        RenditionSpec.ofPath(ctx.pathParam("spec"))
            .orElseThrow(() -> ApiException.badParam("bad rendition " + ctx.pathParam("spec")));
    String token = ctx.queryParam("token");
    if (token != null && !tokens.verifies(imageId, spec, token)) {
      throw new ApiException(ApiError.PERMISSION, "token does not fit this link");
    }
    Image image =
        library.image(imageId).orElseThrow(() -> ApiException.notFound("no image " + imageId));
    if (image.file().width() < 1 || image.file().height() < 1) {
      throw ApiException.notFound("no rendition of a file that is not an image");
    }
    byte[] jpeg =
        renditions.render(
            image.file().content(), image.file().width(), image.file().height(), spec);
    ctx.contentType("image/jpeg")
        .header("Content-Length", Integer.toString(jpeg.length))
        .result(jpeg);
  }
}
