package io.assetbridge.connector.vip;

import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionStory;
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

  /** The SPI's view: status per recipient, with publications. */
  public DistributionStory story() {
    return new DistributionStory(
        id,
        status,
        listId,
        channel,
        rendition,
        createdAt,
        completedAt,
        deliveries.stream()
            .map(
                d ->
                    new DistributionStory.Delivery(
                        d.id(),
                        d.recipientName(),
                        d.status(),
                        d.updatedAt(),
                        d.failureReason(),
                        d.publicationUrl(),
                        d.outlet(),
                        d.publishedAt()))
            .toList());
  }

  public DistributionReceipt receipt() {
    return new DistributionReceipt(id, status, deliveries.size());
  }
}
