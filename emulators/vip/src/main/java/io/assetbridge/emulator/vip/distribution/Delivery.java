package io.assetbridge.emulator.vip.distribution;

import java.time.Instant;

/** One recipient's delivery (§7). */
public record Delivery(
    String id,
    String recipientId,
    String recipientName,
    DeliveryStatus status,
    Instant updatedAt,
    Instant deliveredAt,
    Instant downloadedAt,
    Instant publishedAt,
    Instant failedAt,
    String failureReason,
    Publication publication) {

  public static Delivery pending(String id, String recipientId, String recipientName, Instant now) {
    return new Delivery(
        id,
        recipientId,
        recipientName,
        DeliveryStatus.PENDING,
        now,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This delivery after a legal step; the step's status sets its own timestamp. */
  public Delivery moved(Step step, Publication newPublication, Instant changedAt) {
    Instant at = step.at();
    return switch (step.status()) {
      case DELIVERED ->
          copy(
              step.status(),
              changedAt,
              at,
              downloadedAt,
              publishedAt,
              failedAt,
              failureReason,
              publication);
      case DOWNLOADED ->
          copy(
              step.status(),
              changedAt,
              deliveredAt,
              at,
              publishedAt,
              failedAt,
              failureReason,
              publication);
      case PUBLISHED ->
          copy(
              step.status(),
              changedAt,
              deliveredAt,
              downloadedAt,
              status == DeliveryStatus.PUBLISHED ? publishedAt : at,
              failedAt,
              failureReason,
              newPublication);
      case FAILED ->
          copy(
              step.status(),
              changedAt,
              deliveredAt,
              downloadedAt,
              publishedAt,
              at,
              step.failureReason(),
              publication);
      case PENDING -> this;
    };
  }

  private Delivery copy(
      DeliveryStatus newStatus,
      Instant changedAt,
      Instant delivered,
      Instant downloaded,
      Instant published,
      Instant failed,
      String reason,
      Publication newPublication) {
    return new Delivery(
        id,
        recipientId,
        recipientName,
        newStatus,
        changedAt,
        delivered,
        downloaded,
        published,
        failed,
        reason,
        newPublication);
  }
}
