package io.assetbridge.emulator.vip.submissions;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A submission's acknowledgement (§8). */
public record Ack(
    String status, String externalRef, Map<String, String> fileRefs, String reason, Instant at) {

  /** The same acknowledgement, whenever it was sent. */
  public boolean sameAs(Ack other) {
    return status.equals(other.status)
        && Objects.equals(externalRef, other.externalRef)
        && Objects.equals(fileRefs, other.fileRefs)
        && Objects.equals(reason, other.reason);
  }
}
