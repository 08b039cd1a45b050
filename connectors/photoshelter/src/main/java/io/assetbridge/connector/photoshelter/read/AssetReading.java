package io.assetbridge.connector.photoshelter.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Ref;

/** Reads one image fresh in two calls: the record with its extensions, and its galleries. */
public final class AssetReading {
  /** Embeds IPTC, custom metadata and licence into the image record (§3 {@code extend}). */
  static final String EXTEND =
      "{\"Iptc\":{\"fields\":\"*\",\"params\":{}},"
          + "\"CustomMetadata\":{\"fields\":\"*\",\"params\":{}},"
          + "\"License\":{\"fields\":\"*\",\"params\":{}}}";

  private final PsClient client;
  private final AssetMapping mapping;

  public AssetReading(PsClient client, AssetMapping mapping) {
    this.client = client;
    this.mapping = mapping;
  }

  public Asset read(String id) {
    return mapping.toAsset(
        new Ref(client.connection(), id), record(id), client.credentials().zone());
  }

  public ImageRecord record(String id) {
    String base = "/psapi/v3/mem/image/" + Query.encode(id);
    JsonNode image = client.v3Get(base, Query.of().add("extend", EXTEND)).path("Image");
    JsonNode galleries = client.v3Get(base + "/galleries", Query.of()).path("ImageGallery");
    return new ImageRecord(image, galleries);
  }
}
