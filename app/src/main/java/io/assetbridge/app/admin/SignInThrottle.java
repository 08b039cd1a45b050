package io.assetbridge.app.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the admin token: after {@link #LIMIT} wrong tokens from one address within
 * {@link #WINDOW}, that address is refused (even with the right token, so guessing learns nothing)
 * until the oldest failure leaves the window. Shared by the API and the dashboard's sign-in; in
 * memory, per node, since it only has to make guessing slow.
 */
public final class SignInThrottle {
  static final int LIMIT = 10;
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final int MAX_ADDRESSES = 10_000;
  private final InstantSource clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public SignInThrottle(InstantSource clock) {
    this.clock = clock;
  }

  /** How long the address must wait before trying again; empty when it may try now. */
  public Optional<Duration> refusedFor(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      Instant now = clock.instant();
      forgetOld(recent, now);
      if (recent.size() < LIMIT) {
        return Optional.empty();
      }
      Duration wait = Duration.between(now, recent.peekFirst().plus(WINDOW));
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
  }

  public void failed(String address) {
    if (failures.size() >= MAX_ADDRESSES) {
      failures.clear(); // a flood of addresses must not exhaust memory; guessing stays slow per try
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = clock.instant();
      forgetOld(recent, now);
      recent.addLast(now);
    }
  }

  public void succeeded(String address) {
    failures.remove(address);
  }

  private static void forgetOld(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
      recent.removeFirst();
    }
  }
}
