package io.assetbridge.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RightsGateTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private static Asset asset(AssetStatus status, String terms, Instant embargo, Instant expiry) {
    return Asset.builder(Ref.parse("ps:I1"))
        .status(status)
        .rights(new Rights(terms, expiry, embargo, List.of(), null, null))
        .build();
  }

  @Test
  void approvedCleanAssetPasses() {
    assertThat(
            RightsGate.check(
                asset(AssetStatus.APPROVED, "Editorial", NOW.minusSeconds(1), NOW.plusSeconds(1)),
                NOW))
        .isEmpty();
  }

  @Test
  void eachReasonIsNamed() {
    assertThat(RightsGate.check(asset(AssetStatus.IN_REVIEW, "Editorial", null, null), NOW))
        .contains("not approved (status IN_REVIEW)");
    assertThat(RightsGate.check(asset(AssetStatus.APPROVED, " ", null, null), NOW))
        .contains("no usage terms");
    assertThat(RightsGate.check(asset(AssetStatus.APPROVED, "E", NOW.plusSeconds(60), null), NOW))
        .contains("embargoed until 2026-06-01T12:01:00Z");
    assertThat(RightsGate.check(asset(AssetStatus.APPROVED, "E", null, NOW), NOW))
        .contains("licence expired at 2026-06-01T12:00:00Z");
  }
}
