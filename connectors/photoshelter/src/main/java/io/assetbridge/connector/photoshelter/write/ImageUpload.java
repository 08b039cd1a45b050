package io.assetbridge.connector.photoshelter.write;

import io.assetbridge.connector.http.Multipart;
import io.assetbridge.connector.photoshelter.client.Call;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.PermanentException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code POST /psapi/v3/mem/image/upload} (§7), streamed, with {@code trans_ref} stamped into the
 * file on the way. Sent once: a failed upload is retried by the engine only after a fresh
 * external-key look-up.
 */
final class ImageUpload {
  private final PsClient client;

  ImageUpload(PsClient client) {
    this.client = client;
  }

  /** Uploads into the gallery; the file part goes last so the form fields arrive first. */
  String send(AssetContent content, String externalKey, String fileName, String galleryId) {
    Multipart form = new Multipart().text("gallery_id", galleryId).text("f_searchable", "f");
    form.file("file", fileName, mediaType(content), stamped(content, externalKey));
    Call call =
        new Call("POST", "/psapi/v3/mem/image/upload", form.contentType(), form::publisher, false);
    String id = client.v3Once(call).path("Image").path("image_id").asText("");
    if (id.isBlank()) {
      throw new PermanentException(
          client.connection() + ": the upload answer named no data.Image.image_id");
    }
    return id;
  }

  private static String mediaType(AssetContent content) {
    String type = content.mediaType();
    return type == null || type.isBlank() ? "application/octet-stream" : type;
  }

  private static java.io.InputStream stamped(AssetContent content, String externalKey) {
    try {
      return TransRefStamp.stamp(content.stream(), externalKey);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content to upload", e);
    }
  }
}
