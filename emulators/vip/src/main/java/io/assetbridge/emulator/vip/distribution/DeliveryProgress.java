package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import java.time.Instant;

/**
 * Moves deliveries as recipients and outlets would, and emits what the real platform would: {@code
 * delivery.updated}, then {@code publication.reported}, then {@code distribution.completed} once
 * the distribution turns terminal.
 */
public final class DeliveryProgress {
  private DeliveryProgress() {}

  public static boolean canApply(Distribution d, Delivery delivery, Step step) {
    return delivery.status().canMoveTo(step.status(), d.status().terminal());
  }

  /** Applies a step to one delivery; 409 illegal-transition when it may not take it. */
  public static Distribution advance(
      Account account, Distribution d, String deliveryId, Step step, Instant now) {
    Delivery current = d.delivery(deliveryId);
    if (!canApply(d, current, step)) {
      throw new Problem(
          ProblemType.ILLEGAL_TRANSITION,
          deliveryId
              + " is "
              + current.status().wire()
              + " and cannot become "
              + step.status().wire());
    }
    Publication publication = publicationFor(account, current, step);
    if (current.status() == DeliveryStatus.PUBLISHED && publication.equals(current.publication())) {
      return d;
    }
    Instant changedAt = now.isAfter(current.updatedAt()) ? now : current.updatedAt().plusMillis(1);
    Delivery moved = current.moved(step, publication, changedAt);
    Distribution updated = d.with(moved, now);
    account.distributions().save(updated);
    DistributionEvents.deliveryUpdated(account.events(), updated, moved, now);
    if (publication != null) {
      DistributionEvents.publicationReported(account.events(), updated, moved, now);
    }
    if (!d.status().terminal() && updated.status().terminal()) {
      DistributionEvents.completed(account.events(), updated, now);
    }
    return updated;
  }

  private static Publication publicationFor(Account account, Delivery delivery, Step step) {
    if (step.status() != DeliveryStatus.PUBLISHED) {
      return null;
    }
    if (step.publication() != null) {
      return step.publication();
    }
    return account
        .recipients()
        .find(delivery.recipientId())
        .map(recipient -> Publication.defaultFor(recipient, delivery.id(), step.at()))
        .orElseThrow();
  }

  /** A person cancels: pending deliveries fail with "cancelled", then the completion event. */
  public static Distribution cancel(Account account, Distribution d, Instant now) {
    if (d.status().terminal()) {
      throw new Problem(
          ProblemType.ILLEGAL_TRANSITION, d.id() + " is already " + d.status().wire());
    }
    Distribution current = d.cancelled(now);
    account.distributions().save(current);
    for (Delivery delivery : d.deliveries()) {
      if (delivery.status() == DeliveryStatus.PENDING) {
        Step step = new Step(DeliveryStatus.FAILED, now, "cancelled", null);
        current = advance(account, current, delivery.id(), step, now);
      }
    }
    DistributionEvents.completed(account.events(), current, now);
    return current;
  }
}
