package io.assetbridge.core.engine;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, never sooner than the platform's Retry-After. */
public record Backoff(Duration initial, Duration max) {

  public Duration delay(int attempt, Duration retryAfter) {
    long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt - 1, 20));
    long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    Duration delay = Duration.ofMillis(jittered);
    return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
  }
}
