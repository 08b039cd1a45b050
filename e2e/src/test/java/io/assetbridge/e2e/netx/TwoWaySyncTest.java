package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.e2e.CommandLineRun;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.Conflict;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PhotoShelter ↔ NetX rights and status: first pairing fills NetX, a NetX edit reaches PhotoShelter
 * once and does not bounce back (writes counted in both emulators' journals), and an edit on both
 * sides between two syncs is decided by each conflict policy.
 */
class TwoWaySyncTest {
  static final String FLOWS =
      """
      flows:
        catalog:
          from: { connection: ps, on: [asset.approved, asset.updated] }
          when: asset.status == "APPROVED"
          to: { connection: netx, action: upsert }
          map:
            title: asset.title
            caption: asset.caption
            keywords: asset.keywords
            folder: '"Catalog/" + string(asset.createdAt.getFullYear())'
        rights:
          sync: two-way
          between: [ps, netx]
          fields: [rights, status]
          conflict: %s
      """;

  @TempDir Path dir;

  /** Catalogues one approved PhotoShelter image in NetX and pairs it; returns {psId, netxId}. */
  static String[] paired(NetxWorld w) {
    String ps = w.seedApproved(1, 7).get(0);
    w.sync("catalog");
    w.sync("rights");
    String netx =
        w.engine()
            .store()
            .inTransaction(tx -> tx.links().find("rights", "ps:" + ps))
            .orElseThrow()
            .targetRef()
            .substring("netx:".length());
    return new String[] {ps, netx};
  }

  @Test
  void aNetxRightsEditReachesPhotoShelterOnceAndDoesNotBounceBack() {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, FLOWS.formatted("hold"), InstantSource.system());
      String[] ids = paired(w);
      assertThat(w.netxAsset(ids[1]).rights().usageTerms()).isEqualTo("Editorial use only");
      assertThat(w.netxAsset(ids[1]).status()).isEqualTo(AssetStatus.APPROVED);

      w.clearJournals();
      w.netxEdit(
          ids[1],
          Map.of("Usage Rights", List.of("Licensed for web"), "Territories", List.of("DE", "AT")));
      List<String> dryRun = new java.util.ArrayList<>();
      new io.assetbridge.core.flow.DryRun(w.engine().store(), InstantSource.system())
          .run(w.engine().plans().get("rights"), (java.time.Instant) null, dryRun::add);
      assertThat(dryRun)
          .contains(
              "ps:"
                  + ids[0]
                  + " <-> netx:"
                  + ids[1]
                  + ": write ps:"
                  + ids[0]
                  + " [usageTerms, territories]");
      assertThat(w.psWrites()).as("a dry run writes nothing").isZero();
      w.sync("rights");
      w.sync("rights"); // picks up PhotoShelter's change, which is our own write: an echo
      w.sync("rights");

      assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("Licensed for web");
      assertThat(w.psAsset(ids[0]).rights().territories()).containsExactly("DE", "AT");
      assertThat(w.psWrites()).as("PhotoShelter writes").isEqualTo(1);
      assertThat(w.netxWrites()).as("NetX writes: none, the change came from there").isZero();
      assertThat(held(w)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "source-wins, PS terms",
    "target-wins, NetX terms",
    "newest-wins, NetX terms",
    "'{ policy: field-owner, owners: { rights: netx, status: ps } }', NetX terms"
  })
  void bothSidesEditedBetweenTwoSyncsIsDecidedByThePolicy(String policy, String expected) {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, FLOWS.formatted(policy), InstantSource.system());
      String[] ids = paired(w);
      editBothSides(w, ids);
      w.sync("rights");
      w.sync("rights");

      assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo(expected);
      assertThat(w.netxAsset(ids[1]).rights().usageTerms()).isEqualTo(expected);
      assertThat(conflictRecords(w))
          .singleElement()
          .satisfies(r -> assertThat(r.outcome()).isEqualTo("decided"));
    }
  }

  @Test
  void holdKeepsBothValuesUntilAPersonResolves() {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, FLOWS.formatted("hold"), InstantSource.system());
      String[] ids = paired(w);
      editBothSides(w, ids);
      w.sync("rights");
      w.sync("rights");

      assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("PS terms");
      assertThat(w.netxAsset(ids[1]).rights().usageTerms()).isEqualTo("NetX terms");
      List<Conflict> held = held(w);
      assertThat(held)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.field()).isEqualTo("usageTerms");
                assertThat(c.leftValue()).isEqualTo("PS terms");
                assertThat(c.rightValue()).isEqualTo("NetX terms");
              });

      String config = dir.resolve("assetbridge.yaml").toString();
      var listed = CommandLineRun.of("jobs", "list", "--conflicts", "--config", config);
      assertThat(listed.out())
          .contains("usageTerms", "PS terms", "NetX terms", "1 held conflict(s)");
      var resolved =
          CommandLineRun.of(
              "jobs",
              "resolve",
              String.valueOf(held.get(0).id()),
              "--take",
              "netx",
              "--config",
              config);
      assertThat(resolved.exitCode()).as(resolved.err()).isZero();
      assertThat(resolved.out()).contains("resolved", "NetX terms");

      assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("NetX terms");
      assertThat(held(w)).isEmpty();
      w.sync("rights");
      assertThat(w.netxAsset(ids[1]).rights().usageTerms()).isEqualTo("NetX terms");
      assertThat(conflictRecords(w))
          .extracting(AuditRecord::outcome)
          .containsExactly("held", "resolved");
    }
  }

  /** PhotoShelter edited ten minutes ago, NetX now: NetX holds the newer edit. */
  static void editBothSides(NetxWorld w, String[] ids) {
    String tenMinutesAgo =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
            .withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now().minusSeconds(600));
    w.psAct(
        List.of(ids[0]),
        Map.of("action", "edit_iptc", "iptc", Map.of("rights", "PS terms"), "at", tenMinutesAgo));
    w.netxEdit(ids[1], Map.of("Usage Rights", List.of("NetX terms")));
  }

  private static List<Conflict> held(NetxWorld w) {
    return w.engine().store().inTransaction(tx -> tx.conflicts().held("rights"));
  }

  private static List<AuditRecord> conflictRecords(NetxWorld w) {
    return w
        .engine()
        .store()
        .inTransaction(
            tx ->
                tx.audit()
                    .list(new io.assetbridge.store.AuditQuery(null, "rights", null, null, 1000)))
        .stream()
        .filter(r -> r.action().startsWith("conflict"))
        .toList();
  }
}
