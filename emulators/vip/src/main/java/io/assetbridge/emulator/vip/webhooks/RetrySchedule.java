package io.assetbridge.emulator.vip.webhooks;

import java.util.random.RandomGenerator;

/** §10: at most 8 attempts; the delay before retry n is base × 2^(n−1), ±20 % jitter. */
public final class RetrySchedule {
  public static final int MAX_ATTEMPTS = 8;

  private RetrySchedule() {}

  /** The delay after failed attempt {@code attempt} (1–7), i.e. before retry number attempt. */
  public static long delayMs(long baseMs, int attempt, RandomGenerator random) {
    double nominal = baseMs * Math.pow(2, attempt - 1);
    double jitter = 0.8 + 0.4 * random.nextDouble();
    return Math.round(nominal * jitter);
  }
}
