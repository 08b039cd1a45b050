package io.assetbridge.emulator.vip.distribution;

import java.util.List;

/** How many deliveries are in each status, for {@code distribution.completed}. */
public record Counts(long pending, long delivered, long downloaded, long published, long failed) {

  public static Counts of(List<Delivery> deliveries) {
    return new Counts(
        count(deliveries, DeliveryStatus.PENDING),
        count(deliveries, DeliveryStatus.DELIVERED),
        count(deliveries, DeliveryStatus.DOWNLOADED),
        count(deliveries, DeliveryStatus.PUBLISHED),
        count(deliveries, DeliveryStatus.FAILED));
  }

  private static long count(List<Delivery> deliveries, DeliveryStatus status) {
    return deliveries.stream().filter(d -> d.status() == status).count();
  }
}
