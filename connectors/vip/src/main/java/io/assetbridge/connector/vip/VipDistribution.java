package io.assetbridge.connector.vip;

import io.assetbridge.spi.DistributionReceipt;
import java.time.Instant;
import java.util.List;

/**
 * A VIP distribution with its deliveries (§7). {@code embargoUntil} and {@code expiresAt} are the
 * effective window (§13.3); {@code rendition} null means the original was sent.
 */
public record VipDistribution(
    String id,
    String assetId,
    String externalRef,
    String rendition,
    String channel,
    String listId,
    String status,
    Instant embargoUntil,
    Instant expiresAt,
    Instant createdAt,
    Instant completedAt,
    List<VipDelivery> deliveries) {

  public VipDistribution {
    deliveries = List.copyOf(deliveries);
  }

  public DistributionReceipt receipt() {
    return new DistributionReceipt(id, status, deliveries.size());
  }
}
