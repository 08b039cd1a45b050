package io.assetbridge.core.config;

import java.time.Duration;

/**
 * Federated search: how long each system may take before the answer goes out without it. (`search:
 * { timeout: 3s }`)
 */
public record SearchSettings(Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

  public static SearchSettings defaults() {
    return new SearchSettings(DEFAULT_TIMEOUT);
  }
}
