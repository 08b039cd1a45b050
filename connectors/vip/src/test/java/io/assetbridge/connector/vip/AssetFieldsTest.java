package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.connector.vip.internal.assets.AssetFields;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writer fields to VIP metadata and merge patches (§5), checked before anything is sent. */
class AssetFieldsTest {
  final AssetFields fields = new AssetFields("vip");

  @Test
  void aPatchCarriesOnlyTheGivenFieldsAndNullClears() {
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("Region", List.of("EMEA"));
    tags.put("campaign", null);
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("caption", "New caption");
    changed.put("embargoUntil", null);
    changed.put("expiresAt", Instant.parse("2026-12-31T00:00:00Z"));
    changed.put("tags", tags);
    changed.put("byline", "Jane Doe");

    assertThat(fields.forPatch(changed).toString())
        .isEqualTo(
            "{\"caption\":\"New caption\",\"embargoUntil\":null,"
                + "\"expiresAt\":\"2026-12-31T00:00:00Z\","
                + "\"tags\":{\"region\":[\"EMEA\"],\"campaign\":null,\"byline\":[\"Jane Doe\"]}}");
  }

  @Test
  void createLeavesNullsOutAndKeepsTheExternalRef() {
    Map<String, Object> given = new HashMap<>();
    given.put("title", "Harbour");
    given.put("caption", null);
    given.put("territories", List.of("de", "AT"));
    given.put("keywords", List.of("harbour", "dawn", "harbour"));

    var metadata = fields.forCreate("ps:I0000abc", given);

    assertThat(metadata.get("externalRef").asText()).isEqualTo("ps:I0000abc");
    assertThat(metadata.has("caption")).isFalse();
    assertThat(metadata.get("territories").toString()).isEqualTo("[\"DE\",\"AT\"]");
    assertThat(metadata.get("keywords").toString()).isEqualTo("[\"harbour\",\"dawn\"]");
  }

  @Test
  void aBylineAloneBecomesTheBylineTagAndClearingItRemovesTheKey() {
    Map<String, Object> cleared = new HashMap<>();
    cleared.put("byline", null);
    assertThat(fields.forPatch(cleared).toString()).isEqualTo("{\"tags\":{\"byline\":null}}");
    assertThat(fields.forCreate(null, Map.of("byline", "Jane")).toString())
        .isEqualTo("{\"tags\":{\"byline\":[\"Jane\"]}}");
  }

  @Test
  void limitsVipWouldRefuseNameTheField() {
    assertRefused(Map.of("title", "x".repeat(501)), "field `title` has 501 characters");
    assertRefused(Map.of("tags", Map.of("Bad Key", List.of("x"))), "field `tags` key 'Bad Key'");
    assertRefused(Map.of("headline", "x"), "field `headline` is not writable");
    assertRefused(Map.of("caption", "bell\u0007"), "field `caption` contains control character");
    assertRefused(Map.of("keywords", "harbour"), "field `keywords` must be a list");
    assertRefused(Map.of("expiresAt", "tomorrow"), "field `expiresAt` 'tomorrow' is not");
    assertThat(fields.forPatch(Map.of("caption", "line\r\n\tbreak")).get("caption").asText())
        .contains("\n");
  }

  private void assertRefused(Map<String, Object> given, String message) {
    assertThatThrownBy(() -> fields.forPatch(given))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(message);
  }
}
