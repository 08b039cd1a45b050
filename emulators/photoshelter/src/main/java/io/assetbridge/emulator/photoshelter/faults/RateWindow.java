package io.assetbridge.emulator.photoshelter.faults;

import java.util.ArrayDeque;
import java.util.Deque;

/** A sliding one-second window admitting at most {@code perSecond} requests. Thread-safe. */
final class RateWindow {

  private static final long SECOND = 1_000_000_000L;
  private final int perSecond;
  private final Deque<Long> admitted = new ArrayDeque<>();

  RateWindow(int perSecond) {
    this.perSecond = perSecond;
  }

  /** 0 when admitted, else whole seconds (at least 1) until a slot frees. */
  synchronized int tryAdmit(long nowNanos) {
    while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= SECOND) {
      admitted.removeFirst();
    }
    if (admitted.size() < perSecond) {
      admitted.addLast(nowNanos);
      return 0;
    }
    long wait = admitted.peekFirst() + SECOND - nowNanos;
    return (int) Math.max(1, (wait + SECOND - 1) / SECOND);
  }
}
