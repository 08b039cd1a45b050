package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.Account;
import java.time.Instant;

/** §7: once a distribution's expiry passes, its still-pending deliveries fail with "expired". */
public final class ExpirySweep {
  private ExpirySweep() {}

  public static void run(Account account, Instant now) {
    for (String id : account.distributions().takeExpired(now)) {
      Distribution d = account.distributions().require(id);
      for (Delivery delivery : d.deliveries()) {
        if (delivery.status() == DeliveryStatus.PENDING) {
          Step step = new Step(DeliveryStatus.FAILED, d.expiresAt(), "expired", null);
          d = DeliveryProgress.advance(account, d, delivery.id(), step, now);
        }
      }
    }
  }
}
