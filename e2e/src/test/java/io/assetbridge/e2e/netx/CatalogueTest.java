package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.CollectionRef;
import io.assetbridge.store.AuditRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PhotoShelter → NetX as the system of record: approved uploads catalogued with their original and
 * metadata, enriched through controlled vocabularies (a missing value reported, never invented),
 * placed in a folder computed from the asset; and the review hand-off, whose archive state comes
 * back to PhotoShelter.
 */
class CatalogueTest {
  @TempDir Path dir;

  @Test
  void approvedUploadsAreCataloguedEnrichedAndFiledByCampaignAndYear() throws Exception {
    Files.createDirectories(dir.resolve("vocab"));
    Files.writeString(
        dir.resolve("vocab/categories.csv"), "value,term\nOutdoor,CAT-OUT\nStudio,CAT-STU\n");
    String flows =
        """
        vocabularies:
          campaign-codes: { "Spring Launch": SPR-26, "Summer Heat": SUM-26 }
          categories: { file: vocab/categories.csv }
        flows:
          catalog:
            from: { connection: ps, on: [asset.approved, asset.updated] }
            when: asset.status == "APPROVED"
            to: { connection: netx, action: upsert }
            map:
              title: asset.title.upperAscii()
              caption: asset.caption
              keywords: asset.keywords
              credit: asset.credit
              copyright: asset.copyright
              usageTerms: asset.rights.usageTerms
              status: asset.status
              "tag:campaign": { vocabulary: campaign-codes, from: 'asset.tags["campaign"]' }
              "tag:category": { vocabulary: categories, from: 'asset.tags["content_type"]' }
              folder: '"Campaigns/" + ("campaign" in asset.tags ? asset.tags["campaign"][0] : "Unassigned") + "/" + string(asset.createdAt.getFullYear())'
        """;
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, flows, InstantSource.system());
      List<String> ids = w.seedApproved(2, 21);
      w.psAct(
          List.of(ids.get(0)),
          Map.of("action", "set_custom", "field", "Campaign", "value", "Spring Launch"));
      w.psAct(
          List.of(ids.get(1)),
          Map.of("action", "set_custom", "field", "Campaign", "value", "Winter Promo"));
      w.psAct(ids, Map.of("action", "set_custom", "field", "Content Type", "value", "Outdoor"));
      w.sync("catalog");

      Asset source = w.psAsset(ids.get(0));
      Asset copy = w.netxAsset(netxId(w, ids.get(0)));
      assertThat(copy.title()).isEqualTo(source.title().toUpperCase());
      assertThat(copy.caption()).isEqualTo(source.caption());
      assertThat(copy.keywords()).isEqualTo(source.keywords());
      assertThat(copy.credit()).isEqualTo(source.credit());
      assertThat(copy.copyright()).isEqualTo(source.copyright());
      assertThat(copy.rights().usageTerms()).isEqualTo("Editorial use only");
      assertThat(copy.status()).isEqualTo(AssetStatus.APPROVED);
      assertThat(copy.file().name()).isEqualTo(source.file().name());
      assertThat(copy.file().size())
          .as("the original, byte for byte")
          .isEqualTo(source.file().size());
      assertThat(copy.externalKey()).isEqualTo("ps:" + ids.get(0));
      assertThat(copy.tags()).containsEntry("campaign", List.of("SPR-26"));
      assertThat(copy.tags()).containsEntry("category", List.of("CAT-OUT"));
      int year = Year.now().getValue();
      assertThat(copy.collections())
          .extracting(CollectionRef::path)
          .containsExactly("Campaigns/Spring Launch/" + year);

      Asset missing = w.netxAsset(netxId(w, ids.get(1)));
      assertThat(missing.tags().getOrDefault("campaign", List.of()))
          .as("no code invented for a value the vocabulary lacks")
          .isEmpty();
      assertThat(missing.collections())
          .extracting(CollectionRef::path)
          .containsExactly("Campaigns/Winter Promo/" + year);
      assertThat(RightsClockTest.audit(w, "vocabulary-miss"))
          .singleElement()
          .extracting(AuditRecord::detail)
          .asString()
          .contains("campaign-codes", "'Winter Promo'", "tag:campaign", "inline in the config");
    }
  }

  @Test
  void reviewHandOffArchivesInNetxAndReflectsTheArchiveStateBack() {
    String flows =
        """
        flows:
          review-to-archive:
            from: { connection: ps, on: [asset.approved, asset.updated] }
            when: asset.status == "APPROVED"
            to: { connection: netx, action: upsert }
            map:
              title: asset.title
              caption: asset.caption
              usageTerms: asset.rights.usageTerms
              status: '"ARCHIVED"'
              folder: '"Archive/" + string(asset.createdAt.getFullYear())'
            back:
              status: '"ARCHIVED"'
              "iptc:edit_status": '"archived in NetX as " + target'
        """;
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, flows, InstantSource.system());
      List<String> ids = w.seedApproved(3, 31);
      w.psAct(List.of(ids.get(2)), Map.of("action", "set_approval", "value", "In Review"));
      w.sync("review-to-archive");
      w.sync("review-to-archive"); // our own write-back is polled: the flow skips, nothing new

      for (String id : ids.subList(0, 2)) {
        String netx = netxIdOf(w, "review-to-archive", id);
        assertThat(w.netxAsset(netx).status()).isEqualTo(AssetStatus.ARCHIVED);
        Asset back = w.psAsset(id);
        assertThat(back.status()).isEqualTo(AssetStatus.ARCHIVED);
        assertThat(back.fields())
            .containsEntry("iptc.edit_status", "archived in NetX as netx:" + netx);
      }
      assertThat(w.psAsset(ids.get(2)).status())
          .as("still in review: not handed off")
          .isEqualTo(AssetStatus.IN_REVIEW);
      assertThat(RightsClockTest.audit(w, "created")).hasSize(2);
    }
  }

  private static String netxId(NetxWorld w, String psId) {
    return netxIdOf(w, "catalog", psId);
  }

  private static String netxIdOf(NetxWorld w, String flow, String psId) {
    return w.engine()
        .store()
        .inTransaction(tx -> tx.links().find(flow, "ps:" + psId))
        .orElseThrow()
        .targetRef()
        .substring("netx:".length());
  }
}
