package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Images;
import io.assetbridge.emulator.vip.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends EmulatorTest {

  @Test
  void parallelCreatesWithOneKeyMakeOneAssetAndDistinctRefsMakeMany() throws Exception {
    byte[] jpeg = Images.jpeg(32, 32);
    List<Future<Reply>> sameKey = new ArrayList<>();
    List<Future<Reply>> distinct = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 16; i++) {
        int n = i;
        sameKey.add(
            pool.submit(
                () ->
                    createAsset(
                        "{\"externalRef\":\"ps:same\"}", "a.jpg", jpeg, "Idempotency-Key", "one")));
        distinct.add(
            pool.submit(() -> createAsset("{\"externalRef\":\"ps:" + n + "\"}", "a.jpg", jpeg)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : sameKey) {
        statuses.add(reply.get().status());
      }
      for (Future<Reply> reply : distinct) {
        assertThat(reply.get().status()).isEqualTo(201);
      }
      assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    }

    assertThat(client.get("/api/v1/assets?limit=200").json().get("items")).hasSize(17);
    assertThat(client.get("/api/v1/assets?externalRef=ps:same").json().get("items")).hasSize(1);
  }
}
