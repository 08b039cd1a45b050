package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is killed (SIGKILL, a separate JVM) at random moments of a 200-asset sync, several
 * times, then run to the end: every asset is in VIP once and distributed once. Kills wait for
 * progress first, so they land mid-sync; the first lands during start-up or the first poll.
 */
@Tag("slow")
class CrashSafetyTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void killedEngineResumesAndDeliversEveryAssetExactlyOnce() throws Exception {
    List<String> ids = platforms.seed(200, 23);
    platforms.region(ids.subList(0, 100), "EMEA");
    platforms.approve(ids);
    Path config = TestConfig.write(platforms, dir, "3s", "100ms");
    Path log = dir.resolve("engine.log");
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    List<Integer> killedAt = new ArrayList<>();
    for (int run = 0; run < 4; run++) {
      Process engine =
          EngineProcess.start(log, "sync", TestConfig.FLOW, "--config", config.toString());
      if (run == 0) {
        // during JVM start-up, the first poll or the first jobs
        engine.waitFor(500 + random.nextInt(2500), TimeUnit.MILLISECONDS);
      } else {
        awaitProgress(engine, vipAssets() + 5 + random.nextInt(15));
        engine.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
      }
      if (engine.isAlive()) {
        engine.destroyForcibly().waitFor();
        killedAt.add(vipAssets());
      }
    }
    Process last = EngineProcess.start(log, "sync", TestConfig.FLOW, "--config", config.toString());
    assertThat(last.waitFor(5, TimeUnit.MINUTES))
        .as("final sync finished; log:\n%s", tail(log))
        .isTrue();
    System.out.printf(
        "crash test (seed %d): killed with %s of 200 assets in VIP, then a full run%n",
        seed, killedAt);
    assertThat(last.exitValue()).as("final sync exit code; log:\n%s", tail(log)).isZero();
    assertThat(killedAt.stream().filter(n -> n > 0 && n < 200).toList())
        .as("kills that landed mid-sync, with some but not all assets in VIP (seed %d)", seed)
        .hasSizeGreaterThanOrEqualTo(3);

    List<JsonNode> assets = platforms.vipApi().assets();
    assertThat(assets)
        .extracting(a -> a.path("externalRef").asText())
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "ps:" + id).toList());
    Map<String, Long> distributionsPerAsset =
        platforms.vipApi().allDistributions().stream()
            .collect(Collectors.groupingBy(d -> d.path("assetId").asText(), Collectors.counting()));
    assertThat(distributionsPerAsset)
        .hasSize(200)
        .allSatisfy((asset, count) -> assertThat(count).as(asset).isEqualTo(1L));
  }

  private int vipAssets() {
    return platforms.vipApi().assets().size();
  }

  /** Waits until VIP holds {@code count} assets or the engine has exited. */
  private void awaitProgress(Process engine, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (engine.isAlive() && vipAssets() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static String tail(Path log) throws java.io.IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
