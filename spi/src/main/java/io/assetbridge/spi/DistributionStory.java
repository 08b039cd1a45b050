package io.assetbridge.spi;

import java.time.Instant;
import java.util.List;

/**
 * One distribution and its deliveries as the platform reports them now. {@code status} is the
 * platform's word (VIP: queued, sending, sent, partially_failed, failed, cancelled).
 */
public record DistributionStory(
    String id,
    String status,
    String list,
    String channel,
    String rendition,
    Instant createdAt,
    Instant completedAt,
    List<Delivery> deliveries) {

  public DistributionStory {
    deliveries = List.copyOf(deliveries);
  }

  /** One recipient's delivery; publication fields are set once the recipient published. */
  public record Delivery(
      String id,
      String recipient,
      String status,
      Instant updatedAt,
      String failureReason,
      String publicationUrl,
      String outlet,
      Instant publishedAt) {}
}
