package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssetMethodsTest extends EmulatorTestBase {

  private static final String ALL =
      "{\"data\":[\"asset.base\",\"asset.file\",\"asset.attributes\",\"asset.folders\",\"asset.proxies\"]}";
  private long id;

  @BeforeEach
  void seedOne() throws Exception {
    JsonNode r =
        client.seed(
            "{\"folders\":[\"Marketing/Spring\"],\"assets\":[{\"folder\":\"Marketing/Spring\",\"fileName\":\"harbour.jpg\","
                + "\"name\":\"Harbour at dawn\",\"image\":{\"width\":160,\"height\":100},\"keywords\":[\"harbour\"],"
                + "\"attributes\":{\"Asset Status\":[\"Approved\"]},\"modDate\":1741003512345}]}");
    id = r.path("assets").get(0).path("id").asLong();
    assertThat(id).isEqualTo(1001);
  }

  @Test
  void getAssetsRendersEveryBlock() throws Exception {
    JsonNode a = client.result("getAssets", "[[" + id + ",999]," + ALL + "]");
    assertThat(a).hasSize(1);
    JsonNode asset = a.get(0);
    assertThat(asset.path("name").asText()).isEqualTo("Harbour at dawn");
    assertThat(asset.path("modDate").asLong()).isEqualTo(1741003512345L);
    assertThat(asset.path("keywords").get(0).asText()).isEqualTo("harbour");
    assertThat(asset.path("file").path("width").asInt()).isEqualTo(160);
    assertThat(asset.path("file").path("checksum").asText()).matches("[0-9a-f]{32}");
    assertThat(asset.path("attributes").path("Asset Status").get(0).asText()).isEqualTo("Approved");
    assertThat(asset.path("attributes").path("Embargo Until").isArray()).isTrue();
    assertThat(asset.path("folders").get(0).path("path").asText()).isEqualTo("Marketing/Spring");
    assertThat(asset.path("proxies").toString()).contains("/file/asset/1001/zoom/harbour.jpg");
  }

  @Test
  void defaultBlocksAreIdAndBase() throws Exception {
    JsonNode asset = client.result("getAssets", "[[" + id + "]]").get(0);
    assertThat(asset.has("name")).isTrue();
    assertThat(asset.has("file")).isFalse();
    JsonNode idOnly = client.result("getAssets", "[[" + id + "],{\"data\":[\"asset.id\"]}]").get(0);
    assertThat(idOnly.size()).isEqualTo(1);
  }

  @Test
  void updateAssetChangesOnlyListedMembersAndBumpsModDate() throws Exception {
    JsonNode u =
        client.result(
            "updateAsset",
            "[{\"id\":"
                + id
                + ",\"keywords\":[\"a\",\"b\"],\"attributes\":{\"Territories\":[\"DE\",\"AT\"],"
                + "\"Asset Status\":[]}},"
                + ALL
                + "]");
    assertThat(u.path("name").asText()).isEqualTo("Harbour at dawn");
    assertThat(u.path("keywords").size()).isEqualTo(2);
    assertThat(u.path("attributes").path("Territories").size()).isEqualTo(2);
    assertThat(u.path("attributes").path("Asset Status").size()).isZero();
    assertThat(u.path("modDate").asLong()).isGreaterThan(1741003512345L);
  }

  @Test
  void updateAssetRejectsUnknownLabelsAndBadPulldownValues() throws Exception {
    JsonNode r =
        client.call("updateAsset", "[{\"id\":" + id + ",\"attributes\":{\"Nope\":[\"x\"]}}]");
    assertThat(r.path("error").path("code").asInt()).isEqualTo(-32602);
    assertThat(r.path("error").path("message").asText()).contains("Nope");
    r =
        client.call(
            "updateAsset", "[{\"id\":" + id + ",\"attributes\":{\"Asset Status\":[\"Done\"]}}]");
    assertThat(r.path("error").path("code").asInt()).isEqualTo(-32602);
    assertThat(client.call("updateAsset", "[{\"id\":77}]").path("error").path("code").asInt())
        .isEqualTo(3004);
  }

  @Test
  void foldersCreateFindAddAndRemove() throws Exception {
    JsonNode f =
        client.result(
            "createFolderFromPath", "[\"Marketing/Spring/2025\",{\"data\":[\"folder.base\"]}]");
    assertThat(f.path("name").asText()).isEqualTo("2025");
    JsonNode parent =
        client.result("getFolderByPath", "[\"Marketing/Spring\",{\"data\":[\"folder.base\"]}]");
    assertThat(f.path("parentId").asLong()).isEqualTo(parent.path("id").asLong());
    assertThat(client.result("getFolderByPath", "[\"marketing/spring\",null]").isNull()).isTrue();
    JsonNode again = client.result("createFolderFromPath", "[\"Marketing/Spring/2025\",null]");
    assertThat(again.path("id").asLong()).isEqualTo(f.path("id").asLong());

    String fid = f.path("id").asText();
    JsonNode added =
        client.result(
            "addAssetToFolder", "[" + id + "," + fid + ",{\"data\":[\"asset.folders\"]}]");
    assertThat(added.path("folders").size()).isEqualTo(2);
    assertThat(
            client
                .result(
                    "addAssetToFolder", "[" + id + "," + fid + ",{\"data\":[\"asset.folders\"]}]")
                .path("folders")
                .size())
        .isEqualTo(2);
    JsonNode removed =
        client.result(
            "removeAssetFromFolder", "[" + id + "," + fid + ",{\"data\":[\"asset.folders\"]}]");
    assertThat(removed.path("folders").size()).isEqualTo(1);
    assertThat(
            client
                .call("removeAssetFromFolder", "[" + id + "," + fid + ",null]")
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(1000);
  }

  @Test
  void getAssetsByFolderHonoursRecursive() throws Exception {
    long top = client.result("getFolderByPath", "[\"Marketing\",null]").path("id").asLong();
    assertThat(client.result("getAssetsByFolder", "[" + top + ",false,null]").path("size").asInt())
        .isZero();
    assertThat(client.result("getAssetsByFolder", "[" + top + ",true,null]").path("size").asInt())
        .isEqualTo(1);
    assertThat(
            client.call("getAssetsByFolder", "[9999,true,null]").path("error").path("code").asInt())
        .isEqualTo(3004);
  }

  @Test
  void modDatesStrictlyIncreaseAcrossAssets() throws Exception {
    long previous = 0;
    for (int i = 0; i < 5; i++) {
      long m = client.result("updateAsset", "[{\"id\":" + id + "},null]").path("modDate").asLong();
      assertThat(m).isGreaterThan(previous);
      previous = m;
    }
  }
}
