package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.SearchQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Federated search against the emulator: what v4 search can filter is sent as parameters, the rest
 * (licence expiry, exact keyword) is checked on the images read back.
 */
class SearchTest extends EmulatorTestBase {
  private List<String> ids;

  @BeforeEach
  void seedImages() {
    ids = driver.seed(6, "Inbox", 7);
    iptc(0, "Quokka one", "quokka,beach");
    iptc(1, "Quokka two", "quokkas");
    iptc(2, "Quokka three", "Quokka");
    for (String id : ids) { // the seed gives some images a value; start from none
      driver.act(List.of(id), "set_approval", nullValue("value"), null);
      driver.act(List.of(id), "set_license_expiry", nullValue("license_etime"), null);
    }
    driver.act(ids.subList(0, 2), "set_approval", Map.of("value", "Approved"), null);
    driver.act(
        List.of(ids.get(0)), "set_custom", Map.of("field", "Campaign", "value", "SPRING25"), null);
    driver.act(
        List.of(ids.get(1)), "set_custom", Map.of("field", "Campaign", "value", "SPRING25X"), null);
    driver.act(
        List.of(ids.get(2)),
        "set_license_expiry",
        Map.of("license_etime", "2026-03-01 00:00:00 GMT"),
        null);
    driver.clearJournal();
  }

  @Test
  void textGoesToSearchTerms() {
    assertThat(titles(query("quokka", null, null, null, null)))
        .containsExactlyInAnyOrder("Quokka one", "Quokka two", "Quokka three");
    assertThat(searchQueries()).isNotEmpty().allMatch(q -> q.contains("terms=quokka"));
  }

  @Test
  void approvedIsSearchedByTheApprovalOption() {
    assertThat(titles(query("quokka", AssetStatus.APPROVED, null, null, null)))
        .containsExactlyInAnyOrder("Quokka one", "Quokka two");
    assertThat(searchQueries()).isNotEmpty().allMatch(q -> q.contains("custom_metadata="));
  }

  @Test
  void draftMeansNoApprovalValueAndIsCheckedOnEachImage() {
    assertThat(titles(query("quokka", AssetStatus.DRAFT, null, null, null)))
        .containsExactly("Quokka three");
  }

  @Test
  void keywordIsAWholeKeywordIgnoringCase() {
    assertThat(titles(query(null, null, null, "quokka", null)))
        .containsExactlyInAnyOrder("Quokka one", "Quokka three");
    assertThat(searchQueries()).isNotEmpty().allMatch(q -> q.contains("keywords=quokka"));
  }

  @Test
  void campaignUsesTheCustomFieldThatFeedsTheCampaignTag() {
    assertThat(titles(query(null, null, null, null, "spring25"))).containsExactly("Quokka one");
    assertThat(searchQueries()).isNotEmpty().allMatch(q -> q.contains("custom_metadata="));
  }

  @Test
  void expiryIsCheckedOnEachImageSinceSearchCannotFilterIt() {
    assertThat(titles(query(null, null, Instant.parse("2026-03-01T00:00:00Z"), null, null)))
        .isEmpty();
    assertThat(titles(query(null, null, Instant.parse("2026-03-02T00:00:00Z"), null, null)))
        .containsExactly("Quokka three");
    assertThat(searchQueries()).isNotEmpty().allMatch(q -> q.contains("modify_start="));
  }

  @Test
  void theLimitHolds() {
    assertThat(connector().search(new SearchQuery("quokka", null, null, null, null, 2))).hasSize(2);
  }

  private void iptc(int i, String title, String keywords) {
    driver.act(
        List.of(ids.get(i)),
        "edit_iptc",
        Map.of("iptc", Map.of("title", title, "keyword", keywords, "caption", "")),
        null);
  }

  private static Map<String, Object> nullValue(String key) {
    Map<String, Object> m = new HashMap<>();
    m.put(key, null);
    return m;
  }

  private List<String> titles(List<Asset> assets) {
    return assets.stream().map(Asset::title).toList();
  }

  private List<Asset> query(
      String text, AssetStatus status, Instant expiring, String keyword, String campaign) {
    return connector().search(new SearchQuery(text, status, expiring, keyword, campaign, 50));
  }

  private List<String> searchQueries() {
    return driver.journal().stream()
        .filter(e -> e.path("path").asText().equals("/psapi/v4.0/media"))
        .map(JsonNode::toString)
        .map(s -> java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8))
        .toList();
  }
}
