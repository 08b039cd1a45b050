package io.assetbridge.spi;

/**
 * Puts assets into named collections (PhotoShelter galleries, NetX folders) and takes them out
 * again; both idempotent: adding a member or removing a non-member changes nothing.
 */
public interface CollectionWriter extends Connector {

  void addToCollection(String assetId, String collection);

  void removeFromCollection(String assetId, String collection);
}
