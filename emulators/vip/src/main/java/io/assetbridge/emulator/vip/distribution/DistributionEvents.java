package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.events.EventFeed;
import java.time.Instant;

/** The §9 events about distributions, with their {@code data} shapes. */
final class DistributionEvents {
  private DistributionEvents() {}

  record DeliveryUpdated(
      String distributionId,
      String assetId,
      String externalRef,
      String channel,
      Delivery delivery) {}

  record PublicationReported(
      String distributionId,
      String assetId,
      String externalRef,
      String deliveryId,
      String recipientId,
      Publication publication) {}

  record DistributionCompleted(
      String distributionId,
      String assetId,
      String externalRef,
      DistributionStatus status,
      Instant completedAt,
      Counts counts) {}

  static void deliveryUpdated(EventFeed feed, Distribution d, Delivery delivery, Instant now) {
    feed.emit(
        "delivery.updated",
        now,
        new DeliveryUpdated(d.id(), d.assetId(), d.externalRef(), d.channel(), delivery));
  }

  static void publicationReported(EventFeed feed, Distribution d, Delivery delivery, Instant now) {
    feed.emit(
        "publication.reported",
        now,
        new PublicationReported(
            d.id(),
            d.assetId(),
            d.externalRef(),
            delivery.id(),
            delivery.recipientId(),
            delivery.publication()));
  }

  static void completed(EventFeed feed, Distribution d, Instant now) {
    feed.emit(
        "distribution.completed",
        now,
        new DistributionCompleted(
            d.id(),
            d.assetId(),
            d.externalRef(),
            d.status(),
            d.completedAt(),
            Counts.of(d.deliveries())));
  }
}
