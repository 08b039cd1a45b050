package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.SearchQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Federated search's filters as NetX query criteria, against the emulator. */
class SearchTest extends EmulatorTestBase {

  @BeforeEach
  void seedAssets() {
    seed(
        """
        {"folder":"A","fileName":"a.jpg","name":"Harbour dawn","keywords":["sea","boats"],
         "attributes":{"Asset Status":["Approved"],"Campaign Code":["SPRING25"],
                       "License Expiry":["2026-03-01"]}},
        {"folder":"A","fileName":"b.jpg","name":"Harbour dusk","keywords":["seaside"],
         "attributes":{"Asset Status":["In Review"],"Campaign Code":["SPRING25X"],
                       "License Expiry":["2026-06-01"]}},
        {"folder":"A","fileName":"c.jpg","name":"Harbour night","keywords":["Sea"],
         "attributes":{"Asset Status":["Approved"]}},
        {"folder":"A","fileName":"d.jpg","name":"Forest","keywords":["sea"],
         "attributes":{"Asset Status":["Approved"],"Campaign Code":["spring25"]}}
        """);
  }

  @Test
  void textAloneMatchesNameFileNameOrKeywords() {
    assertThat(titles(query("harbour", null, null, null, null)))
        .containsExactlyInAnyOrder("Harbour dawn", "Harbour dusk", "Harbour night");
  }

  @Test
  void statusIsAnExactAttributeCriterion() {
    assertThat(titles(query("harbour", AssetStatus.APPROVED, null, null, null)))
        .containsExactlyInAnyOrder("Harbour dawn", "Harbour night");
    assertThat(journal()).contains("Asset Status").contains("Approved");
  }

  @Test
  void keywordIsAWholeKeywordIgnoringCaseNotASubstring() {
    assertThat(titles(query("harbour", null, null, "sea", null)))
        .containsExactlyInAnyOrder("Harbour dawn", "Harbour night");
  }

  @Test
  void campaignIsTheWholeCodeIgnoringCase() {
    assertThat(titles(query(null, null, null, null, "spring25")))
        .containsExactlyInAnyOrder("Harbour dawn", "Forest");
  }

  @Test
  void expiringBeforeComparesTheExpiryDateAsMidnightUtc() {
    assertThat(titles(query(null, null, Instant.parse("2026-03-01T00:00:00Z"), null, null)))
        .isEmpty();
    assertThat(titles(query(null, null, Instant.parse("2026-03-01T00:00:01Z"), null, null)))
        .containsExactly("Harbour dawn");
    assertThat(titles(query(null, null, Instant.parse("2027-01-01T00:00:00Z"), null, null)))
        .containsExactlyInAnyOrder("Harbour dawn", "Harbour dusk");
  }

  @Test
  void filtersCombineAndTheLimitHolds() {
    List<Asset> hits =
        connector().search(new SearchQuery(null, AssetStatus.APPROVED, null, "sea", null, 2));
    assertThat(hits).hasSize(2).allMatch(a -> a.status() == AssetStatus.APPROVED);
  }

  private static List<String> titles(List<Asset> assets) {
    return assets.stream().map(Asset::title).toList();
  }

  private List<Asset> query(
      String text, AssetStatus status, Instant expiring, String keyword, String campaign) {
    return connector().search(new SearchQuery(text, status, expiring, keyword, campaign, 50));
  }
}
