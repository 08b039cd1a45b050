package io.assetbridge.spi;

/** Reads assets and their content. */
public interface AssetReader extends Connector {

  /**
   * The asset with metadata, rights and status, read fresh; throws PermanentException when unknown.
   */
  Asset read(String id);

  /** Opens the original as a stream; the caller closes it. Never buffers the whole file. */
  AssetContent openContent(String id);
}
