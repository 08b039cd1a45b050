package io.assetbridge.core.flow;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Rights;
import java.time.Instant;
import java.util.Optional;

/** Whether an asset may go out now: approved, usage terms present, not embargoed, not expired. */
public final class RightsGate {
  private RightsGate() {}

  /** The reason the asset is blocked, or empty when it may go. */
  public static Optional<String> check(Asset asset, Instant now) {
    Rights rights = asset.rights();
    if (asset.status() != AssetStatus.APPROVED) {
      return Optional.of("not approved (status " + asset.status() + ")");
    }
    if (rights.usageTerms() == null || rights.usageTerms().isBlank()) {
      return Optional.of("no usage terms");
    }
    if (rights.embargoUntil() != null && now.isBefore(rights.embargoUntil())) {
      return Optional.of("embargoed until " + rights.embargoUntil());
    }
    if (rights.expiresAt() != null && !now.isBefore(rights.expiresAt())) {
      return Optional.of("licence expired at " + rights.expiresAt());
    }
    return Optional.empty();
  }
}
