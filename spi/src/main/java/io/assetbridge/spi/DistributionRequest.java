package io.assetbridge.spi;

import java.time.Instant;
import java.util.List;

/**
 * Send an asset (or one of its renditions) to a distribution list or to recipients on a channel.
 * {@code list} may name a list by id or by name; exactly one of list and recipients is set.
 */
public record DistributionRequest(
    String assetId,
    String rendition,
    String list,
    List<String> recipients,
    String channel,
    String message,
    Instant embargoUntil,
    Instant expiresAt,
    String idempotencyKey) {

  public DistributionRequest {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
