package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.NewAsset;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteTest extends EmulatorTestBase {
  private static final byte[] BYTES = "not really a jpeg, but bytes".getBytes();

  @Test
  void createsOnceByExternalKeyInAFolderCreatedByPath() {
    NetxConnector netx = connector();
    NewAsset request =
        new NewAsset(
            "ps:I0000abc",
            Map.of(
                "title",
                "Harbour",
                "status",
                AssetStatus.APPROVED,
                "expiresAt",
                Instant.parse("2026-12-31T23:59:59Z"),
                "embargoUntil",
                Instant.parse("2025-04-01T08:00:00.200Z"),
                "folder",
                "Marketing/Spring/2025"),
            "k1");

    String id = netx.create(request, content());
    String again = netx.create(request, content());

    assertThat(again).isEqualTo(id);
    assertThat(netx.findByExternalKey("ps:I0000abc")).contains(id);
    assertThat(netx.findByExternalKey("ps:I0000ab")).isEmpty();
    Asset a = netx.read(id);
    assertThat(a.title()).isEqualTo("Harbour");
    assertThat(a.status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(a.externalKey()).isEqualTo("ps:I0000abc");
    assertThat(a.rights().expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(a.rights().embargoUntil()).isEqualTo(Instant.parse("2025-04-01T08:00:01Z"));
    assertThat(a.collections()).extracting(c -> c.path()).containsExactly("Marketing/Spring/2025");
    assertThat(journal().split("\"/api/import/asset\"", -1)).hasSize(2);
  }

  @Test
  void adoptsAnUntaggedImportOfTheSameBytesInsteadOfImportingTwice() {
    NetxConnector netx = connector(Map.of("uploadFolder", "Inbox"));
    String first = netx.create(new NewAsset(null, Map.of(), "k0"), content());
    String id = netx.create(new NewAsset("ps:X", Map.of(), "k1"), content());
    assertThat(id).isEqualTo(first);
    assertThat(netx.read(id).externalKey()).isEqualTo("ps:X");
  }

  @Test
  void updateSendsOnlyLabelsThatChanged() {
    seed(
        """
        {"folder":"A","fileName":"a.jpg","attributes":{"Asset Status":["Draft"],"Territories":["DE"]}}
        """);
    NetxConnector netx = connector();
    admin("DELETE", "/_emulator/journal", "");

    netx.update(
        "1001",
        Map.of("status", AssetStatus.APPROVED, "territories", List.of("DE"), "tag:campaign", "X1"));

    String log = journal();
    assertThat(log).contains("updateAsset").contains("Campaign Code");
    assertThat(log).doesNotContain("Territories");
    assertThat(netx.read("1001").status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(netx.read("1001").tags()).containsEntry("campaign", List.of("X1"));
  }

  @Test
  void anUnchangedUpdateSendsNoWrite() {
    seed("{\"folder\":\"A\",\"fileName\":\"a.jpg\",\"attributes\":{\"Asset Status\":[\"Draft\"]}}");
    admin("DELETE", "/_emulator/journal", "");
    connector().update("1001", Map.of("status", AssetStatus.DRAFT));
    assertThat(journal()).doesNotContain("updateAsset");
  }

  @Test
  void canWriteAttributesByLabel() {
    NetxConnector netx = connector();
    assertThat(netx.canWrite("attr:Shoot")).isTrue();
    assertThat(netx.canWrite("status")).isTrue();
    assertThat(netx.canWrite("rating")).isFalse();
  }

  private static AssetContent content() {
    return new AssetContent(new ByteArrayInputStream(BYTES), "harbour.jpg", "image/jpeg", -1);
  }
}
