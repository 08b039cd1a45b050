package io.assetbridge.connector.vip;

import java.time.Instant;

/** A rendition of a VIP asset (§5), chosen by {@code name} when distributing. */
public record VipRendition(
    String id,
    String name,
    String fileName,
    String mediaType,
    Long size,
    String sha256,
    Integer width,
    Integer height,
    Instant createdAt,
    Instant updatedAt) {}
