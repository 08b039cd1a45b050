package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadTest extends EmulatorTestBase {

  @Test
  void readsTheCanonicalAssetWithRightsStatusTagsAndFolders() {
    seed(
        """
        {"folder":"Marketing/Spring","fileName":"harbour.jpg","name":"Harbour at dawn",
         "image":{"width":400,"height":300},"keywords":["harbour","dawn"],"modDate":1741003512345,
         "attributes":{"Asset Status":["In Review"],"Usage Rights":["Editorial use only"],
          "License Expiry":["2026-12-31"],"Embargo Until":["2025-04-01T08:00:00Z"],
          "Territories":["DE","AT"],"Source Ref":["ps:I0000abc"],"Campaign Code":["SPRING25"],
          "Caption":["A harbour"]}}
        """);
    Asset a = connector().read("1001");

    assertThat(a.ref().toString()).isEqualTo("netx:1001");
    assertThat(a.title()).isEqualTo("Harbour at dawn");
    assertThat(a.caption()).isEqualTo("A harbour");
    assertThat(a.keywords()).containsExactly("harbour", "dawn");
    assertThat(a.status()).isEqualTo(AssetStatus.IN_REVIEW);
    assertThat(a.rights().usageTerms()).isEqualTo("Editorial use only");
    assertThat(a.rights().expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(a.rights().embargoUntil()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
    assertThat(a.rights().territories()).containsExactly("DE", "AT");
    assertThat(a.tags()).containsEntry("campaign", List.of("SPRING25"));
    assertThat(a.externalKey()).isEqualTo("ps:I0000abc");
    assertThat(a.collections())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("Marketing/Spring");
              assertThat(c.name()).isEqualTo("Spring");
            });
    assertThat(a.modifiedAt()).isEqualTo(Instant.ofEpochMilli(1741003512345L));
    assertThat(a.version()).isEqualTo("1741003512345");
    assertThat(a.file().name()).isEqualTo("harbour.jpg");
    assertThat(a.file().width()).isEqualTo(400);
    assertThat(a.file().md5()).hasSize(32);
  }

  @Test
  void streamsTheOriginal() throws Exception {
    seed("{\"folder\":\"A\",\"fileName\":\"x.jpg\",\"image\":{\"width\":64,\"height\":48}}");
    Asset a = connector().read("1001");
    try (AssetContent content = connector().openContent("1001")) {
      byte[] bytes = content.stream().readAllBytes();
      assertThat(bytes).hasSize(a.file().size().intValue());
      assertThat(bytes[0]).isEqualTo((byte) 0xFF);
      assertThat(content.fileName()).isEqualTo("x.jpg");
    }
  }

  @Test
  void anUnknownAssetIsPermanent() {
    assertThatThrownBy(() -> connector().read("4711"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("gone");
  }

  @Test
  void aRejectedTokenNamesTheSettingAndNeverTheToken() {
    NetxConnector bad = connector(Map.of("token", new Secret("wrong-token-123")));
    assertThatThrownBy(bad::testConnection)
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("'token'")
        .hasMessageNotContaining("wrong-token-123");
  }

  @Test
  void searchFindsByNameOrKeyword() {
    seed(
        """
        {"folder":"A","fileName":"a.jpg","name":"Harbour","keywords":["sea"]},
        {"folder":"A","fileName":"b.jpg","name":"Mountain","keywords":["harbour-view"]},
        {"folder":"A","fileName":"c.jpg","name":"Forest"}
        """);
    List<Asset> hits = connector().search("harbour", 10);
    assertThat(hits).extracting(Asset::title).containsExactlyInAnyOrder("Harbour", "Mountain");
  }
}
