package io.assetbridge.core.config;

import java.time.Duration;

/**
 * How the engine runs: worker count, poll interval, job lease (a crashed node's jobs are taken over
 * after it) and this node's name in leases and audit records.
 */
public record EngineSettings(int workers, Duration pollInterval, Duration lease, String node) {
  public static EngineSettings defaults() {
    return new EngineSettings(4, Duration.ofSeconds(10), Duration.ofSeconds(60), defaultNode());
  }

  static String defaultNode() {
    return "node-" + ProcessHandle.current().pid();
  }
}
