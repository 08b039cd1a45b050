package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** §11 auto-advance: each new delivery walks to {@code to} a fixed delay after creation. */
public final class AutoAdvance {
  private static final Setting OFF = new Setting(false, 0, DeliveryStatus.DELIVERED);
  private final Platform platform;
  private final ScheduledExecutorService timers;
  private volatile Setting setting = OFF;

  /** Whether new deliveries advance, after how long, and how far. */
  public record Setting(boolean enabled, long delayMs, DeliveryStatus to) {}

  public AutoAdvance(Platform platform, ScheduledExecutorService timers) {
    this.platform = platform;
    this.timers = timers;
  }

  public void configure(Setting newSetting) {
    this.setting = newSetting;
  }

  public void turnOff() {
    this.setting = OFF;
  }

  public void scheduleFor(Distribution distribution) {
    Setting current = setting;
    if (!current.enabled()) {
      return;
    }
    long generation = platform.generation();
    timers.schedule(
        () -> platform.updateIfCurrent(generation, a -> walk(a, distribution.id(), current.to())),
        current.delayMs(),
        TimeUnit.MILLISECONDS);
  }

  private void walk(Account account, String distributionId, DeliveryStatus to) {
    List<Delivery> deliveries = account.distributions().require(distributionId).deliveries();
    for (Delivery delivery : deliveries) {
      for (DeliveryStatus status : path(to)) {
        Distribution d = account.distributions().require(distributionId);
        Delivery current = d.delivery(delivery.id());
        Step step = new Step(status, platform.now(), null, null);
        if (current.status().ordinal() < status.ordinal()
            && DeliveryProgress.canApply(d, current, step)) {
          DeliveryProgress.advance(account, d, delivery.id(), step, platform.now());
        }
      }
    }
  }

  private static List<DeliveryStatus> path(DeliveryStatus to) {
    return switch (to) {
      case DOWNLOADED -> List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DOWNLOADED);
      case PUBLISHED ->
          List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DOWNLOADED, DeliveryStatus.PUBLISHED);
      default -> List.of(DeliveryStatus.DELIVERED);
    };
  }
}
