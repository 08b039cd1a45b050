package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JournalAndFaultsTest extends EmulatorTestBase {

  private JsonNode journal() throws Exception {
    return NetxClient.JSON
        .readTree(client.admin("GET", "/journal?after=0&limit=100", null).body())
        .path("entries");
  }

  @Test
  void journalRecordsRpcCallsWithMethodAndErrorCode() throws Exception {
    client.call("getSelf", "[null]");
    client.call("updateAsset", "[{\"id\":5}]");
    client.admin("GET", "/faults", null); // admin calls are never journaled
    JsonNode entries = journal();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("rpcMethod").asText()).isEqualTo("getSelf");
    assertThat(entries.get(0).path("direction").asText()).isEqualTo("in");
    assertThat(entries.get(1).path("rpcErrorCode").asInt()).isEqualTo(3004);
    assertThat(entries.get(1).path("status").asInt()).isEqualTo(200);
    JsonNode after1 =
        NetxClient.JSON.readTree(client.admin("GET", "/journal?after=1", null).body());
    assertThat(after1.path("entries")).hasSize(1);
    assertThat(after1.path("nextAfter").asLong()).isEqualTo(2);
    client.admin("DELETE", "/journal", null);
    assertThat(journal()).isEmpty();
  }

  @Test
  void journalShowsFilePartsNotBytes() throws Exception {
    long folder = client.result("createFolderFromPath", "[\"F\",null]").path("id").asLong();
    client.multipart(
        "POST",
        "/api/import/asset",
        new byte[] {1, 2, 3},
        "x.bin",
        "folderId",
        "" + folder,
        "fileName",
        "x.bin");
    assertThat(journal().get(1).path("body").asText()).contains("<file name=x.bin bytes=3>");
  }

  @Test
  void statusFaultBeforeSkipsTheChangeAndCountsTimes() throws Exception {
    client.seed(
        "{\"assets\":[{\"fileName\":\"a.jpg\",\"image\":{\"width\":8,\"height\":8},\"modDate\":5}]}");
    faults(
        "{\"seed\":42,\"rules\":[{\"match\":{\"path\":\"/api/rpc\",\"rpcMethod\":\"updateAsset\"},\"fault\":\"status\",\"status\":503,\"phase\":\"before\",\"times\":1}]}");
    assertThat(client.rpcRaw(update()).statusCode()).isEqualTo(503);
    assertThat(modDate()).isEqualTo(5);
    assertThat(client.rpcRaw(update()).statusCode()).isEqualTo(200);
    assertThat(journal().get(0).path("fault").asText()).isEqualTo("status");
    assertThat(journal().get(0).path("status").asInt()).isEqualTo(503);
  }

  @Test
  void statusFaultAfterMakesTheChange() throws Exception {
    client.seed(
        "{\"assets\":[{\"fileName\":\"a.jpg\",\"image\":{\"width\":8,\"height\":8},\"modDate\":5}]}");
    faults(
        "{\"rules\":[{\"match\":{\"rpcMethod\":\"updateAsset\"},\"fault\":\"status\",\"status\":500,\"phase\":\"after\"}]}");
    assertThat(client.rpcRaw(update()).statusCode()).isEqualTo(500);
    client.admin("DELETE", "/faults", null);
    assertThat(modDate()).isGreaterThan(5);
  }

  @Test
  void rateLimitCarriesRetryAfter() throws Exception {
    faults(
        "{\"rules\":[{\"match\":{\"path\":\"/api/*\"},\"fault\":\"rate-limit\",\"retryAfterSeconds\":3}]}");
    var r = client.rpcRaw(update());
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("3");
  }

  @Test
  void dropClosesTheConnection() throws Exception {
    faults("{\"rules\":[{\"match\":{\"method\":\"POST\"},\"fault\":\"drop\",\"times\":1}]}");
    assertThatThrownBy(() -> client.rpcRaw(update())).isInstanceOf(IOException.class);
    assertThat(journal().get(0).path("status").isNull()).isTrue();
    assertThat(journal().get(0).path("fault").asText()).isEqualTo("drop");
  }

  @Test
  void dropAfterMakesTheChangeThenCloses() throws Exception {
    client.seed(
        "{\"assets\":[{\"fileName\":\"a.jpg\",\"image\":{\"width\":8,\"height\":8},\"modDate\":5}]}");
    faults(
        "{\"rules\":[{\"match\":{\"rpcMethod\":\"updateAsset\"},\"fault\":\"drop\",\"phase\":\"after\",\"times\":1}]}");
    assertThatThrownBy(() -> client.rpcRaw(update())).isInstanceOf(IOException.class);
    assertThat(modDate()).isGreaterThan(5);
  }

  @Test
  void probabilityDrawsRepeatForASeed() throws Exception {
    String rules =
        "{\"seed\":7,\"rules\":[{\"match\":{\"rpcMethod\":\"getSelf\"},\"fault\":\"status\",\"status\":502,\"probability\":0.5}]}";
    assertThat(statuses(rules)).isEqualTo(statuses(rules)).contains(200, 502);
  }

  private java.util.List<Integer> statuses(String rules) throws Exception {
    faults(rules);
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(
          client
              .rpcRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSelf\",\"params\":[null]}")
              .statusCode());
    }
    return out;
  }

  @Test
  void latencyDelaysThenServes() throws Exception {
    faults("{\"rules\":[{\"fault\":\"latency\",\"latencyMs\":150}]}");
    long start = System.nanoTime();
    assertThat(client.call("getSelf", "[null]").has("result")).isTrue();
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
  }

  @Test
  void malformedFaultRulesAre400() throws Exception {
    var r = client.admin("PUT", "/faults", "{\"rules\":[{\"fault\":\"explode\"}]}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"error\"");
  }

  private void faults(String json) throws Exception {
    assertThat(client.admin("PUT", "/faults", json).statusCode()).isEqualTo(204);
  }

  private static String update() {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"updateAsset\",\"params\":[{\"id\":1001,\"name\":\"x\"}]}";
  }

  private long modDate() throws Exception {
    return client.result("getAssets", "[[1001],null]").get(0).path("modDate").asLong();
  }
}
