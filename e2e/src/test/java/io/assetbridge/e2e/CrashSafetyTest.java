package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is killed (SIGKILL, a separate JVM) at random moments of a 200-asset sync, several
 * times, then run to the end: every asset is in VIP once and distributed once.
 */
@Tag("slow")
class CrashSafetyTest {
  private final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    platforms.close();
  }

  @Test
  void killedEngineResumesAndDeliversEveryAssetExactlyOnce() throws Exception {
    List<String> ids = platforms.seed(200, 23);
    platforms.region(ids.subList(0, 100), "EMEA");
    platforms.approve(ids);
    Path config = TestConfig.write(platforms, dir, "3s", "100ms");
    Path log = dir.resolve("engine.log");
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    int kills = 0;
    for (int run = 0; run < 5 && kills < 4; run++) {
      Process engine =
          EngineProcess.start(log, "sync", TestConfig.FLOW, "--config", config.toString());
      if (!engine.waitFor(1500 + random.nextInt(3500), TimeUnit.MILLISECONDS)) {
        engine.destroyForcibly().waitFor();
        kills++;
      }
    }
    Process last = EngineProcess.start(log, "sync", TestConfig.FLOW, "--config", config.toString());
    assertThat(last.waitFor(5, TimeUnit.MINUTES))
        .as("final sync finished; log:\n%s", tail(log))
        .isTrue();
    System.out.printf("crash test (seed %d): %d kills, then a full run%n", seed, kills);
    assertThat(last.exitValue()).as("final sync exit code; log:\n%s", tail(log)).isZero();
    assertThat(kills)
        .as("the engine was killed mid-sync at least three times (seed %d)", seed)
        .isGreaterThanOrEqualTo(3);

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

  private static String tail(Path log) throws java.io.IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
