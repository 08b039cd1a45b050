package io.assetbridge.core.sync;

import io.assetbridge.core.config.FlowConfig;
import io.assetbridge.spi.Asset;
import java.time.Instant;

/** Which side's value a conflicting field takes, by the flow's {@code conflict:} policy. */
final class ConflictPolicy {
  /** The winner of one conflict: the left (first of between) or right side, or nobody yet. */
  enum Winner {
    LEFT,
    RIGHT,
    HOLD
  }

  private final FlowConfig.TwoWay config;
  private final String leftConnection;

  ConflictPolicy(FlowConfig.TwoWay config, String leftConnection) {
    this.config = config;
    this.leftConnection = leftConnection;
  }

  String name() {
    return config.conflict();
  }

  Winner decide(String field, Asset left, Asset right) {
    return switch (config.conflict()) {
      case "source-wins" -> Winner.LEFT;
      case "target-wins" -> Winner.RIGHT;
      case "newest-wins" ->
          newer(right.modifiedAt(), left.modifiedAt()) ? Winner.RIGHT : Winner.LEFT;
      case "field-owner" ->
          config.owners().get(field).equals(leftConnection) ? Winner.LEFT : Winner.RIGHT;
      default -> Winner.HOLD;
    };
  }

  /** Ties (and unknown times) go to the left side, so the answer never depends on luck. */
  private static boolean newer(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
  }
}
