package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.assetbridge.emulator.netx.webhooks.Signature;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhooksTest extends EmulatorTestBase {

  record Received(String body, String signature) {}

  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private HttpServer receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks/netx",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(body, ex.getRequestHeaders().getFirst("X-NetX-Signature")));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/netx";
    var r =
        client.admin(
            "PUT",
            "/webhook",
            "{\"url\":\""
                + url
                + "\",\"secret\":\"s3cret\",\"events\":[\"asset.create\",\"asset.update\",\"asset.delete\"],\"enabled\":true,\"webhookId\":3}");
    assertThat(r.statusCode()).isEqualTo(204);
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void signatureMatchesTheContractTestVector() {
    String body =
        "{\"event\":\"asset.update\",\"assetId\":4711,\"timestamp\":1741003512345,\"webhookId\":3}";
    assertThat(Signature.of("netx-hook-secret", body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=5f8ec971066fbb7dec07ea4cc5373e90e511b3fb473114fbeb75cc6dbd14607d");
  }

  @Test
  void personEditsSendSignedWebhooksAndSeedsDoNot() throws Exception {
    client.seed("{\"assets\":[{\"fileName\":\"a.jpg\",\"image\":{\"width\":8,\"height\":8}}]}");
    var edit =
        client.admin(
            "POST", "/assets/1001/edit", "{\"attributes\":{\"Asset Status\":[\"Approved\"]}}");
    assertThat(edit.statusCode()).isEqualTo(200);
    Received hook = received.poll(5, TimeUnit.SECONDS);
    assertThat(hook).isNotNull();
    JsonNode body = NetxClient.JSON.readTree(hook.body());
    assertThat(body.path("event").asText()).isEqualTo("asset.update");
    assertThat(body.path("assetId").asLong()).isEqualTo(1001);
    assertThat(body.path("webhookId").asLong()).isEqualTo(3);
    assertThat(hook.signature())
        .isEqualTo(Signature.of("s3cret", hook.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(received).isEmpty();
  }

  @Test
  void apiWritesCreateAndDeleteAllFire() throws Exception {
    assertThat(
            client
                .admin("POST", "/assets", "{\"fileName\":\"b.jpg\",\"folder\":\"X\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(event()).isEqualTo("asset.create");
    client.result("updateAsset", "[{\"id\":1001,\"name\":\"renamed\"},null]");
    assertThat(event()).isEqualTo("asset.update");
    assertThat(client.admin("DELETE", "/assets/1001", null).statusCode()).isEqualTo(204);
    assertThat(event()).isEqualTo("asset.delete");
    JsonNode journal =
        NetxClient.JSON.readTree(client.admin("GET", "/journal", null).body()).path("entries");
    assertThat(journal.toString()).contains("\"direction\":\"out\"").contains("\"status\":204");
  }

  @Test
  void settingIsMaskedAndCanBeTurnedOff() throws Exception {
    assertThat(client.admin("GET", "/webhook", null).body())
        .contains("***")
        .doesNotContain("s3cret");
    client.admin("DELETE", "/webhook", null);
    client.admin("POST", "/assets", "{\"fileName\":\"b.jpg\"}");
    client.result("getSelf", "[null]");
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  private String event() throws Exception {
    Received r = received.poll(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return NetxClient.JSON.readTree(r.body()).path("event").asText();
  }
}
