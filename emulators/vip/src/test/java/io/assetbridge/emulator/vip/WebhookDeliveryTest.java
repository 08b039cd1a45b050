package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.HookReceiver;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest extends EmulatorTest {
  private static final String SUBMISSION =
      "{\"submissions\":[{\"contributor\":{\"name\":\"Nordlicht Agency\"},"
          + "\"files\":[{\"fileName\":\"a.jpg\",\"image\":{\"width\":4,\"height\":4}}]}]}";

  private void enable(HookReceiver receiver) {
    client.putJson(
        "/_emulator/webhook",
        "{\"url\":\""
            + receiver.url()
            + "\",\"secret\":\"s3cret\",\"enabled\":true,\"retryBaseMs\":20,\"timeoutMs\":2000}");
  }

  private static String sign(String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
    return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void postsEachEventSignedAndRetriesAfterA500() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (HookReceiver receiver = new HookReceiver(() -> calls.incrementAndGet() == 1 ? 500 : 200)) {
      enable(receiver);
      client.postJson("/_emulator/seed", SUBMISSION);

      HookReceiver.Received first = receiver.next();
      HookReceiver.Received retry = receiver.next();

      String feed = client.get("/api/v1/events").text();
      String body = new String(first.body(), StandardCharsets.UTF_8);
      assertThat(feed).contains(body);
      assertThat(retry.body()).isEqualTo(first.body());
      assertThat(first.path()).isEqualTo("/hooks/vip");
      assertThat(first.headers().get("Content-Type")).isEqualTo("application/json");
      assertThat(first.headers().get("VIP-Event-Id")).isEqualTo("evt_00000000000000000001");
      assertThat(first.headers().get("VIP-Event-Type")).isEqualTo("submission.received");
      assertThat(first.headers().get("VIP-Timestamp")).isEqualTo("1741003200");
      assertThat(first.headers().get("VIP-Signature"))
          .isEqualTo(sign(first.headers().get("VIP-Timestamp"), first.body()));
      assertThat(retry.headers().get("VIP-Signature"))
          .isEqualTo(sign(retry.headers().get("VIP-Timestamp"), retry.body()));

      JsonNode out = awaitOutEntries(2);
      assertThat(out.get(0).get("attempt").asInt()).isEqualTo(1);
      assertThat(out.get(0).get("status").asInt()).isEqualTo(500);
      assertThat(out.get(1).get("attempt").asInt()).isEqualTo(2);
      assertThat(out.get(1).get("status").asInt()).isEqualTo(200);
      assertThat(out.get(1).get("eventId").asText()).isEqualTo("evt_00000000000000000001");
      assertThat(out.get(1).get("url").asText()).isEqualTo(receiver.url());
    }
  }

  @Test
  void redirectsAreNotFollowedButRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (HookReceiver receiver = new HookReceiver(() -> calls.incrementAndGet() == 1 ? 302 : 204)) {
      enable(receiver);
      client.postJson("/_emulator/seed", SUBMISSION);

      assertThat(receiver.next().path()).isEqualTo("/hooks/vip");
      assertThat(receiver.next().path()).isEqualTo("/hooks/vip");
    }
  }

  @Test
  void unreachableReceiverIsJournaledWithNullStatus() throws Exception {
    client.putJson(
        "/_emulator/webhook",
        "{\"url\":\"http://127.0.0.1:9/hooks\",\"secret\":\"s\",\"retryBaseMs\":100000}");
    client.postJson("/_emulator/seed", SUBMISSION);

    JsonNode out = awaitOutEntries(1);
    assertThat(out.get(0).get("status").isNull()).isTrue();
  }

  @Test
  void getMasksTheSecretAndDeleteTurnsWebhooksOff() {
    client.putJson("/_emulator/webhook", "{\"url\":\"http://127.0.0.1:1/h\",\"secret\":\"top\"}");

    JsonNode shown = client.get("/_emulator/webhook").json();
    assertThat(shown.get("secret").asText()).isEqualTo("***");
    assertThat(shown.get("enabled").asBoolean()).isTrue();
    assertThat(shown.get("retryBaseMs").asLong()).isEqualTo(30_000);
    assertThat(shown.toString()).doesNotContain("top");

    assertThat(client.delete("/_emulator/webhook").status()).isEqualTo(204);
    assertThat(client.get("/_emulator/webhook").json().get("enabled").asBoolean()).isFalse();
    assertThat(
            client.putJson("/_emulator/webhook", "{\"url\":\"ftp://x\",\"secret\":\"s\"}").status())
        .isEqualTo(400);
  }

  private JsonNode awaitOutEntries(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      JsonNode entries = client.get("/_emulator/journal?limit=1000").json().get("entries");
      com.fasterxml.jackson.databind.node.ArrayNode out =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      entries.forEach(
          e -> {
            if (e.get("direction").asText().equals("out")) {
              out.add(e);
            }
          });
      if (out.size() >= count || System.nanoTime() > deadline) {
        assertThat(out.size()).isGreaterThanOrEqualTo(count);
        return out;
      }
      Thread.sleep(10);
    }
  }
}
