package io.assetbridge.connector.vip;

import java.time.Instant;

/**
 * One recipient's delivery of a distribution (§7). {@code publicationUrl} and {@code outlet} are
 * set once the recipient published; {@code failureReason} once it failed.
 */
public record VipDelivery(
    String id,
    String recipientId,
    String recipientName,
    String status,
    Instant updatedAt,
    Instant deliveredAt,
    Instant downloadedAt,
    Instant publishedAt,
    Instant failedAt,
    String failureReason,
    String publicationUrl,
    String outlet) {}
