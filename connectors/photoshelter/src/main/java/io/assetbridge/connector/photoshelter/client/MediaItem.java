package io.assetbridge.connector.photoshelter.client;

import java.time.Instant;

/** One image of a v4 media search; v4 stamps are UTC. */
public record MediaItem(String id, Instant createdAt, Instant modifiedAt) {}
