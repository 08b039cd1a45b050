package io.assetbridge.spi;

import java.time.Instant;

/**
 * Something that happened to an object in a source. {@code (connection, objectId, versionKey)} is
 * the de-duplication key: a webhook and a poll of the same change carry the same key. A change
 * carries no field values; the engine reads the object fresh.
 *
 * @param kind e.g. {@code asset.created}, {@code asset.updated}, {@code asset.approved}, {@code
 *     delivery.updated}, {@code submission.received}
 */
public record Change(
    String connection, String objectId, String versionKey, String kind, Instant occurredAt) {

  public Ref ref() {
    return new Ref(connection, objectId);
  }
}
