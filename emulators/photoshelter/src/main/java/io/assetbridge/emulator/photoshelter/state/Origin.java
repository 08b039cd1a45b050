package io.assetbridge.emulator.photoshelter.state;

import java.time.Instant;

/**
 * Where and when an image arrived.
 *
 * @param uploadSeq upload order, the default order of gallery listings
 * @param collectionId the collection it was uploaded into with {@code parent_id}, else {@code null}
 */
public record Origin(
    long uploadSeq, Instant createdAt, String photographerId, String collectionId) {}
