package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void parallelWritersAndReadersAllSucceed() throws Exception {
    try (PhotoShelterEmulator emulator = PhotoShelterEmulator.start(0);
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      PsClient client = new PsClient(emulator);
      client.reset();
      List<String> ids = new ArrayList<>();
      client.seed(16, 11).path("image_ids").forEach(id -> ids.add(id.asText()));
      client.login();
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = ids.get(i % ids.size());
        int n = i;
        results.add(
            pool.submit(
                () ->
                    n % 2 == 0
                        ? client
                            .patch(
                                "/psapi/v4.0/media/" + id + "/iptc",
                                "{\"data\":{\"attributes\":{\"headline\":\"h" + n + "\"}}}")
                            .status()
                        : client
                            .get("/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&headline=h")
                            .status()));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(200);
      }
      assertThat(client.admin("GET", "/_emulator/journal", null).path("entries").size())
          .isEqualTo(66);
    }
  }
}
