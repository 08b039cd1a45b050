package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Images;
import io.assetbridge.emulator.vip.support.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest extends EmulatorTest {
  private String assetId;
  private String body;

  @BeforeEach
  void prepare() {
    seedPress();
    assetId = newAsset("{}");
    body = "{\"assetId\":\"" + assetId + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\"}";
  }

  private void faults(String json) {
    assertThat(client.putJson("/_emulator/faults", json).status()).isEqualTo(204);
  }

  private int distributionCount() {
    return client.get("/api/v1/distributions").json().get("items").size();
  }

  @Test
  void latencyDelaysTheAnswer() {
    faults(
        "{\"rules\":[{\"match\":{\"method\":\"GET\",\"path\":\"/api/v1/assets\"},\"fault\":\"latency\",\"latencyMs\":300}]}");

    long started = System.nanoTime();
    assertThat(client.get("/api/v1/assets").status()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
  }

  @Test
  void statusBeforeSkipsProcessing() {
    faults(
        "{\"rules\":[{\"match\":{\"path\":\"/api/v1/distributions\"},\"fault\":\"status\",\"status\":503,\"times\":1}]}");

    Reply reply = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "k1");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.problem()).isEqualTo("unavailable");
    assertThat(distributionCount()).isZero();
    assertThat(
            client
                .postJson("/api/v1/distributions", body, "Idempotency-Key", "k1")
                .header("Idempotent-Replayed"))
        .isNull();
  }

  @Test
  void statusAfterProcessesAndStoresTheKeyFirst() {
    faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/distributions\"},\"fault\":\"status\",\"status\":500,\"phase\":\"after\",\"times\":1}]}");

    Reply failed = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "k1");
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.problem()).isEqualTo("internal");
    assertThat(distributionCount()).isOne();

    Reply retried = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "k1");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(distributionCount()).isOne();
  }

  @Test
  void rateLimitAnswers429WithRetryAfter() {
    faults("{\"rules\":[{\"fault\":\"rate-limit\",\"retryAfterSeconds\":7}]}");

    Reply reply = client.get("/api/v1/lists");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("7");
    assertThat(reply.problem()).isEqualTo("rate-limited");
    assertThat(client.get("/_emulator/journal").status()).isEqualTo(200);
  }

  @Test
  void dropBeforeClosesTheConnectionWithoutEffect() {
    faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/distributions\"},\"fault\":\"drop\"}]}");

    assertThatThrownBy(
            () -> client.postJsonRaw("/api/v1/distributions", body, "Idempotency-Key", "k1"))
        .isInstanceOf(IOException.class);
    client.delete("/_emulator/faults");
    assertThat(distributionCount()).isZero();
  }

  @Test
  void dropAfterClosesTheConnectionAfterTheEffect() {
    faults(
        "{\"seed\":42,\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/distributions\"},\"fault\":\"drop\",\"phase\":\"after\",\"times\":1}]}");

    assertThatThrownBy(
            () -> client.postJsonRaw("/api/v1/distributions", body, "Idempotency-Key", "k1"))
        .isInstanceOf(IOException.class);
    assertThat(distributionCount()).isOne();

    Reply retried = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "k1");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
  }

  @Test
  void prefixMatchAndTimesLimitTheRule() {
    faults(
        "{\"rules\":[{\"match\":{\"path\":\"/api/v1/assets*\"},\"fault\":\"status\",\"status\":502,\"times\":2}]}");

    assertThat(client.get("/api/v1/assets/" + assetId).status()).isEqualTo(502);
    assertThat(client.get("/api/v1/lists").status()).isEqualTo(200);
    assertThat(client.get("/api/v1/assets").status()).isEqualTo(502);
    assertThat(client.get("/api/v1/assets").status()).isEqualTo(200);
    assertThat(client.get("/_emulator/faults").json().get("rules").get(0).get("remaining").asInt())
        .isZero();
  }

  @Test
  void probabilityDrawsFromTheSeededGenerator() {
    String rules =
        "{\"seed\":7,\"rules\":[{\"match\":{\"method\":\"GET\"},\"fault\":\"status\",\"status\":500,\"probability\":0.5}]}";
    faults(rules);
    List<Integer> first = statuses(20);
    faults(rules);
    List<Integer> second = statuses(20);

    assertThat(second).isEqualTo(first);
    assertThat(first).contains(200, 500);
  }

  @Test
  void faultedCallsAreJournaled() {
    faults("{\"rules\":[{\"fault\":\"status\",\"status\":500,\"times\":1}]}");
    client.get("/api/v1/lists");

    var entries = client.get("/_emulator/journal").json().get("entries");
    var entry = entries.get(entries.size() - 1);
    assertThat(entry.get("fault").asText()).isEqualTo("status");
    assertThat(entry.get("status").asInt()).isEqualTo(500);
    assertThat(entry.get("problemType").asText()).isEqualTo("urn:vip:problem:internal");
  }

  @Test
  void invalidRulesAre400() {
    assertThat(
            client
                .putJson("/_emulator/faults", "{\"rules\":[{\"fault\":\"status\",\"status\":404}]}")
                .status())
        .isEqualTo(400);
    assertThat(
            client.putJson("/_emulator/faults", "{\"rules\":[{\"fault\":\"latency\"}]}").status())
        .isEqualTo(400);
    assertThat(
            client
                .putJson(
                    "/_emulator/faults",
                    "{\"rules\":[{\"fault\":\"rate-limit\",\"phase\":\"after\"}]}")
                .status())
        .isEqualTo(400);
  }

  private List<Integer> statuses(int count) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(client.get("/api/v1/lists").status());
    }
    return statuses;
  }

  @Test
  void uploadsSurviveDroppedResponses() {
    faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/assets\"},\"fault\":\"drop\",\"phase\":\"after\",\"times\":1}]}");
    try {
      createAsset(
          "{\"externalRef\":\"ps:9\"}", "x.jpg", Images.jpeg(8, 8), "Idempotency-Key", "u1");
    } catch (java.io.UncheckedIOException expected) {
      // the response never came
    }
    Reply retried =
        createAsset(
            "{\"externalRef\":\"ps:9\"}", "x.jpg", Images.jpeg(8, 8), "Idempotency-Key", "u1");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
  }
}
