package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PatchAssetTest extends EmulatorTest {

  @Test
  void mergePatchSetsClearsAndMergesTagsPerKey() {
    String id =
        newAsset(
            """
            {"title":"Old","caption":"c","keywords":["a","b"],"embargoUntil":"2025-04-01T08:00:00Z",
             "tags":{"region":["EMEA"],"campaign":["SPRING25"],"category":["news"]}}""");
    clock.advance(Duration.ofMinutes(1));

    Reply reply =
        client.patch(
            "/api/v1/assets/" + id,
            """
            {"caption":"New caption","keywords":null,"embargoUntil":null,
             "tags":{"campaign":["SUMMER25"],"category":null,"new":["x"]}}""");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode asset = reply.json();
    assertThat(asset.get("title").asText()).isEqualTo("Old");
    assertThat(asset.get("caption").asText()).isEqualTo("New caption");
    assertThat(asset.get("keywords").size()).isZero();
    assertThat(asset.get("embargoUntil").isNull()).isTrue();
    assertThat(asset.get("tags").toString())
        .isEqualTo("{\"region\":[\"EMEA\"],\"campaign\":[\"SUMMER25\"],\"new\":[\"x\"]}");
    assertThat(asset.get("version").asInt()).isEqualTo(2);
    assertThat(reply.header("ETag")).isEqualTo("\"2\"");
    assertThat(asset.get("updatedAt").asText()).isEqualTo("2025-03-03T12:01:00.000Z");
  }

  @Test
  void noOpPatchKeepsVersionAndUpdatedAt() {
    String id = newAsset("{\"title\":\"Same\",\"tags\":{\"region\":[\"EMEA\"]}}");
    clock.advance(Duration.ofMinutes(1));

    JsonNode asset =
        client
            .patch("/api/v1/assets/" + id, "{\"title\":\"Same\",\"tags\":{\"region\":[\"EMEA\"]}}")
            .json();

    assertThat(asset.get("version").asInt()).isEqualTo(1);
    assertThat(asset.get("updatedAt").asText()).isEqualTo("2025-03-03T12:00:00.000Z");
  }

  @Test
  void ifMatchMismatchIs412() {
    String id = newAsset("{}");

    Reply stale = client.patch("/api/v1/assets/" + id, "{\"title\":\"x\"}", "If-Match", "\"7\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.problem()).isEqualTo("version-mismatch");

    Reply fresh = client.patch("/api/v1/assets/" + id, "{\"title\":\"x\"}", "If-Match", "\"1\"");
    assertThat(fresh.status()).isEqualTo(200);
  }

  @Test
  void readOnlyAndUnknownMembersAre400() {
    String id = newAsset("{}");

    Reply readOnly = client.patch("/api/v1/assets/" + id, "{\"version\":5,\"file\":null}");
    assertThat(readOnly.status()).isEqualTo(400);
    assertThat(readOnly.json().get("errors")).hasSize(2);
    assertThat(client.patch("/api/v1/assets/" + id, "{\"colour\":1}").status()).isEqualTo(400);
    assertThat(client.patch("/api/v1/assets/ast_404", "{}").status()).isEqualTo(404);
  }

  @Test
  void acceptsPlainJsonButNotOtherContentTypes() {
    String id = newAsset("{}");
    Reply asJson =
        client.patch(
            "/api/v1/assets/" + id, "{\"title\":\"x\"}", "Content-Type", "application/json");
    assertThat(asJson.status()).isEqualTo(200);
  }

  @Test
  void externalRefIsUniqueOnPatchToo() {
    newAsset("{\"externalRef\":\"ps:1\"}");
    String other = newAsset("{\"externalRef\":\"ps:2\"}");

    Reply taken = client.patch("/api/v1/assets/" + other, "{\"externalRef\":\"ps:1\"}");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().get("assetId").asText()).isEqualTo("ast_1");

    client.patch("/api/v1/assets/" + other, "{\"externalRef\":\"ps:3\"}");
    assertThat(client.get("/api/v1/assets?externalRef=ps:2").json().get("items").size()).isZero();
    assertThat(client.get("/api/v1/assets?externalRef=ps:3").json().get("items").size()).isOne();
  }
}
