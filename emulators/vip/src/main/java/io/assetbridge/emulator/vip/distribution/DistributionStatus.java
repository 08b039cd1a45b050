package io.assetbridge.emulator.vip.distribution;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** §7 distribution statuses, derived from the deliveries unless a person cancelled. */
public enum DistributionStatus {
  QUEUED,
  SENDING,
  SENT,
  PARTIALLY_FAILED,
  FAILED,
  CANCELLED;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DistributionStatus> parse(String text) {
    for (DistributionStatus status : values()) {
      if (status.wire().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  public boolean terminal() {
    return this != QUEUED && this != SENDING;
  }

  public static DistributionStatus derive(List<Delivery> deliveries) {
    long pending = deliveries.stream().filter(d -> d.status() == DeliveryStatus.PENDING).count();
    long failed = deliveries.stream().filter(d -> d.status() == DeliveryStatus.FAILED).count();
    if (pending == deliveries.size()) {
      return QUEUED;
    }
    if (pending > 0) {
      return SENDING;
    }
    if (failed == 0) {
      return SENT;
    }
    return failed == deliveries.size() ? FAILED : PARTIALLY_FAILED;
  }
}
