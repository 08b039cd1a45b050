package io.assetbridge.spi;

/** Stores named derivatives (renditions) next to an asset, for distribution by name. */
public interface RenditionWriter extends Connector {

  /** Uploads or replaces the named rendition, streamed; idempotent by key. Returns its id. */
  String putRendition(String assetId, String name, AssetContent content, String idempotencyKey);
}
