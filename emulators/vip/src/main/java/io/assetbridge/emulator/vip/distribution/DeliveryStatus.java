package io.assetbridge.emulator.vip.distribution;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** §7 delivery statuses and which moves are legal; statuses never go backwards. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  DOWNLOADED,
  PUBLISHED,
  FAILED;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DeliveryStatus> parse(String text) {
    for (DeliveryStatus status : values()) {
      if (status.wire().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a delivery may move from this status to {@code next}; {@code published} may repeat (a
   * new publication report). Once its distribution is terminal a delivery can no longer fail.
   */
  public boolean canMoveTo(DeliveryStatus next, boolean distributionTerminal) {
    return switch (next) {
      case PENDING -> false;
      case DELIVERED -> this == PENDING;
      case DOWNLOADED -> this == DELIVERED;
      case PUBLISHED -> this == DELIVERED || this == DOWNLOADED || this == PUBLISHED;
      case FAILED -> this == PENDING || (this == DELIVERED && !distributionTerminal);
    };
  }
}
