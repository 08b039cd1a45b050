package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.AssetStatus;
import io.assetbridge.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rights that change by themselves: the engine's clock (a settable one here, so nothing sleeps)
 * reaches a licence expiry or an embargo's end with no edit anywhere, and the engine acts then.
 */
class RightsClockTest {
  private static final DateTimeFormatter PS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void aLicenceExpiringWithNoEditMakesBothSystemsExpired() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SettableClock clock = new SettableClock(now);
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, TwoWaySyncTest.FLOWS.formatted("newest-wins"), clock);
      String ps = w.seedApproved(1, 11).get(0);
      Instant expiry = now.plus(Duration.ofHours(30));
      w.psAct(
          List.of(ps),
          Map.of("action", "set_license_expiry", "license_etime", PS_TIME.format(expiry)));
      w.sync("catalog");
      w.sync("rights");
      String netx = netxId(w, ps);
      assertThat(w.netxAsset(netx).rights().expiresAt())
          .as("NetX keeps the expiry as a date, never later")
          .isEqualTo(expiry.truncatedTo(ChronoUnit.DAYS));
      assertThat(w.psAsset(ps).status()).isEqualTo(AssetStatus.APPROVED);

      clock.set(expiry.minusSeconds(60));
      w.sync("rights");
      assertThat(w.psAsset(ps).status())
          .as("a minute before: still approved")
          .isEqualTo(AssetStatus.APPROVED);
      assertThat(w.netxAsset(netx).status()).isEqualTo(AssetStatus.APPROVED);

      clock.set(expiry.plusSeconds(1));
      w.sync("rights");
      assertThat(w.psAsset(ps).status()).isEqualTo(AssetStatus.EXPIRED);
      assertThat(w.netxAsset(netx).status()).isEqualTo(AssetStatus.EXPIRED);
      assertThat(audit(w, "expired")).hasSize(1);
    }
  }

  @Test
  void anEmbargoedAssetIsCataloguedWhenItsEmbargoEnds() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SettableClock clock = new SettableClock(now);
    String flows =
        """
        flows:
          catalog:
            from: { connection: ps, on: [asset.approved, asset.updated] }
            when: asset.status == "APPROVED"
            gate: { rights: required }
            to: { connection: netx, action: upsert }
            map: { title: asset.title, folder: '"Catalog/Embargoed"' }
        """;
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, flows, clock);
      String ps = w.seedApproved(1, 12).get(0);
      Instant lifts = now.plus(Duration.ofHours(2));
      w.psAct(
          List.of(ps),
          Map.of(
              "action", "edit_iptc", "iptc", Map.of("instructions", "EMBARGOED UNTIL " + lifts)));
      w.sync("catalog");
      assertThat(audit(w, "blocked")).hasSize(1);
      assertThat(link(w, ps)).isEmpty();

      clock.set(lifts.plusSeconds(1));
      w.sync("catalog");
      assertThat(link(w, ps))
          .as("catalogued once the embargo lifted, with no edit in PhotoShelter")
          .isPresent();
      assertThat(audit(w, "created")).hasSize(1);
    }
  }

  private static java.util.Optional<io.assetbridge.store.Link> link(NetxWorld w, String ps) {
    return w.engine().store().inTransaction(tx -> tx.links().find("catalog", "ps:" + ps));
  }

  static String netxId(NetxWorld w, String ps) {
    return w.engine()
        .store()
        .inTransaction(tx -> tx.links().find("rights", "ps:" + ps))
        .orElseThrow()
        .targetRef()
        .substring("netx:".length());
  }

  static List<io.assetbridge.store.AuditRecord> audit(NetxWorld w, String action) {
    return w
        .engine()
        .store()
        .inTransaction(tx -> tx.audit().list(io.assetbridge.store.AuditQuery.all()))
        .stream()
        .filter(r -> r.action().equals(action))
        .toList();
  }
}
