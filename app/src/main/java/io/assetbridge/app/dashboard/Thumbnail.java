package io.assetbridge.app.dashboard;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.imaging.EmbeddedMetadata;
import io.assetbridge.imaging.Fit;
import io.assetbridge.imaging.ImageFormat;
import io.assetbridge.imaging.RenditionMaker;
import io.assetbridge.imaging.RenditionSpec;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.Ref;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /thumbnail?ref=}: a 240 px JPEG made from the source's original. The original is
 * streamed to a temporary file and decoded only as far as the thumbnail needs, so memory stays
 * bounded by the thumbnail's size, not the master's. Anything that cannot be read is a 404, and the
 * page shows the ref instead.
 */
final class Thumbnail implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(Thumbnail.class);
  private static final RenditionSpec SPEC =
      RenditionSpec.of("dashboard-thumbnail", 240, 240, Fit.INSIDE, ImageFormat.JPEG, 80);
  private static final RenditionMaker MAKER = new RenditionMaker();
  private final Engine engine;

  Thumbnail(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void handle(Context ctx) {
    try {
      Ref ref = Ref.parse(ctx.queryParam("ref"));
      if (!(engine.connectors().get(ref.connection()) instanceof AssetReader reader)) {
        ctx.status(404).result("no readable connection '" + ref.connection() + "'");
        return;
      }
      var out = new ByteArrayOutputStream();
      try (AssetContent content = reader.openContent(ref.id())) {
        MAKER.render(content.stream(), content.fileName(), SPEC, EmbeddedMetadata.NONE, out);
      }
      ctx.header("Cache-Control", "private, max-age=300")
          .contentType("image/jpeg")
          .result(out.toByteArray());
    } catch (RuntimeException e) { // unknown ref, unreadable image, platform down: no picture
      LOG.debug("no thumbnail for {}: {}", ctx.queryParam("ref"), e.getMessage());
      ctx.status(404).result("no thumbnail: " + e.getMessage());
    }
  }
}
