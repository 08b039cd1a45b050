package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.imaging.IptcCodec;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.FileFacts;
import io.assetbridge.emulator.photoshelter.state.Flags;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Metadata;
import io.assetbridge.emulator.photoshelter.state.Origin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.imaging.Imaging;

/**
 * {@code POST /psapi/v3/mem/image/upload} (multipart): part {@code file} plus {@code gallery_id} or
 * {@code parent_id}. IPTC embedded in the JPEG becomes the image's IPTC record.
 */
public final class UploadHandler implements ApiHandler {

  private final Library library;

  public UploadHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw ApiException.badParam("missing file part");
    }
    Container target = target(ctx.formParam("gallery_id"), ctx.formParam("parent_id"));
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readAllBytes();
    }
    Image image = image(bytes, file.filename(), target, ctx);
    library.add(image);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("image_id", image.id());
    record.put("file_name", image.file().fileName());
    record.put("file_size", Long.toString(bytes.length));
    V3Envelope.ok(ctx, "Image", record);
  }

  private Container target(String galleryId, String parentId) {
    if (galleryId != null) {
      return library
          .tree()
          .gallery(galleryId)
          .orElseThrow(() -> ApiException.notFound("no gallery " + galleryId));
    }
    if (parentId != null) {
      return library
          .tree()
          .container(parentId)
          .orElseThrow(() -> ApiException.notFound("no container " + parentId));
    }
    throw ApiException.badParam("gallery_id or parent_id is required");
  }

  private Image image(byte[] bytes, String fileName, Container target, Context ctx) {
    Dimension size = dimensions(bytes);
    Instant now = library.nowSeconds();
    boolean searchable = !"f".equals(ctx.formParam("f_searchable"));
    Metadata meta = new Metadata(IptcKeys.complete(IptcCodec.read(bytes)), Map.of(), null);
    Origin origin =
        new Origin(
            library.nextUploadSeq(),
            now,
            ctx.formParam("photographer_id"),
            target.isGallery() ? null : target.id());
    return new Image(
        library.newImageId(),
        new FileFacts(
            fileName == null || fileName.isBlank() ? "upload.jpg" : fileName,
            bytes.length,
            size.width,
            size.height,
            bytes),
        new Flags(0, false, false, searchable),
        meta,
        target.isGallery() ? Set.of(target.id()) : Set.of(),
        origin,
        now);
  }

  private static Dimension dimensions(byte[] bytes) {
    try {
      return Imaging.getImageSize(bytes);
    } catch (IOException | RuntimeException e) {
      return new Dimension(0, 0); // not an image we can measure: stored as given
    }
  }
}
