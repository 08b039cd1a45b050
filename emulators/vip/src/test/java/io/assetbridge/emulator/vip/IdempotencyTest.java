package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Images;
import io.assetbridge.emulator.vip.support.Multipart;
import io.assetbridge.emulator.vip.support.Reply;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends EmulatorTest {
  private final byte[] jpeg = Images.jpeg(16, 16);

  private Reply upload(String boundary, String metadata, String fileName, String key) {
    Multipart body =
        new Multipart(boundary)
            .json("metadata", metadata)
            .file("file", fileName, "image/jpeg", jpeg);
    return client.post("/api/v1/assets", body, "Idempotency-Key", key);
  }

  @Test
  void sameKeySameMultipartRequestIsReplayedWhateverTheBoundaryAndMemberOrder() {
    Reply first = upload("b1", "{\"title\":\"T\",\"externalRef\":\"ps:1\"}", "a.jpg", "k1");
    Reply again = upload("b2", "{ \"externalRef\" : \"ps:1\", \"title\":\"T\" }", "a.jpg", "k1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.bytes()).isEqualTo(first.bytes());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(client.get("/api/v1/assets").json().get("items").size()).isOne();
  }

  @Test
  void sameKeyDifferentRequestIsReused() {
    upload("b", "{\"title\":\"T\"}", "a.jpg", "k1");

    Reply otherName = upload("b", "{\"title\":\"T\"}", "b.jpg", "k1");
    assertThat(otherName.status()).isEqualTo(409);
    assertThat(otherName.problem()).isEqualTo("idempotency-key-reused");
  }

  @Test
  void storedKeyWithInvalidRequestIsReusedButAFreshKeyIs400() {
    upload("b", "{\"title\":\"T\"}", "a.jpg", "k1");

    assertThat(upload("b", "{\"colour\":1}", "a.jpg", "k1").problem())
        .isEqualTo("idempotency-key-reused");
    assertThat(upload("b", "{\"colour\":1}", "a.jpg", "k2").status()).isEqualTo(400);
  }

  @Test
  void onlySuccessesAnd422AreStored() {
    upload("b", "{\"externalRef\":\"ps:1\"}", "a.jpg", "k1");
    Reply conflict = upload("b", "{\"externalRef\":\"ps:1\"}", "a.jpg", "k2");
    assertThat(conflict.status()).isEqualTo(409);

    client.patch("/api/v1/assets/ast_1", "{\"externalRef\":null}");
    Reply retried = upload("b", "{\"externalRef\":\"ps:1\"}", "a.jpg", "k2");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void distributionsRequireAKeyAndReplay422() {
    seedPress();
    String id = newAsset("{\"embargoUntil\":\"2099-01-01T00:00:00Z\"}");
    String body = "{\"assetId\":\"" + id + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\"}";

    assertThat(client.postJson("/api/v1/distributions", body).status()).isEqualTo(400);
    Reply first = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "d1");
    assertThat(first.problem()).isEqualTo("embargoed");
    client.patch("/api/v1/assets/" + id, "{\"embargoUntil\":null}");

    Reply again = client.postJson("/api/v1/distributions", body, "Idempotency-Key", "d1");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(client.postJson("/api/v1/distributions", body, "Idempotency-Key", "d2").status())
        .isEqualTo(201);
  }

  @Test
  void invalidKeysAre400() {
    Reply reply = upload("b", "{}", "a.jpg", "k".repeat(256));
    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void keyInProgressIs409WithRetryAfter() throws Exception {
    client.putJson(
        "/_emulator/faults",
        """
        {"rules":[{"match":{"method":"POST","path":"/api/v1/assets"},"fault":"latency",
                   "latencyMs":1500,"times":1}]}""");
    CompletableFuture<Reply> slow =
        CompletableFuture.supplyAsync(() -> upload("b", "{}", "a.jpg", "busy"));
    awaitFaultUsed();

    Reply busy = upload("b", "{\"title\":\"other\"}", "a.jpg", "busy");

    assertThat(busy.status()).isEqualTo(409);
    assertThat(busy.problem()).isEqualTo("idempotency-key-in-progress");
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(slow.get().status()).isEqualTo(201);
  }

  private void awaitFaultUsed() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      Reply faults = client.get("/_emulator/faults");
      if (faults.json().get("rules").get(0).get("remaining").asInt() == 0) {
        Thread.sleep(100);
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the slow request never arrived");
  }
}
