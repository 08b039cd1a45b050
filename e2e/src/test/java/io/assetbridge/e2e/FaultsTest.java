package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both platforms fail on purpose (5xx, 429 with Retry-After, connections dropped before and after
 * the effect): every eligible asset still arrives once, and no retry comes before its Retry-After.
 */
@Tag("slow")
class FaultsTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void everythingArrivesOnceThroughFaultsAndRetryAfterIsHonoured() {
    List<String> ids = platforms.seed(40, 31);
    platforms.region(ids.subList(0, 20), "APAC");
    platforms.approve(ids);
    platforms.psAdmin.put(
        "/_emulator/faults",
        Map.of(
            "p_5xx",
            0.05,
            "p_429",
            0.05,
            "retry_after_s",
            1,
            "p_drop",
            0.03,
            "drop_mode",
            "before",
            "seed",
            3));
    platforms.vipAdmin.put(
        "/_emulator/faults",
        Map.of(
            "seed",
            5,
            "rules",
            List.of(
                rule(
                    "POST", "/api/v1/assets", "drop", Map.of("phase", "after", "probability", 0.2)),
                rule(
                    "POST",
                    "/api/v1/distributions",
                    "drop",
                    Map.of("phase", "after", "probability", 0.2)),
                rule(
                    "POST",
                    "/api/v1/distributions",
                    "rate-limit",
                    Map.of("retryAfterSeconds", 2, "probability", 0.2)),
                rule(null, "/api/v1/*", "status", Map.of("status", 503, "probability", 0.05)))));

    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    try (Engine engine = Engine.open(TestConfig.load(config), InstantSource.system())) {
      var result = new SyncPass(engine).run(TestConfig.FLOW, null, p -> {}, r -> {});
      assertThat(result.dead()).isZero();
    }

    assertThat(platforms.vipApi().assets())
        .extracting(a -> a.path("externalRef").asText())
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "ps:" + id).toList());
    Map<String, Long> perAsset =
        platforms.vipApi().allDistributions().stream()
            .collect(Collectors.groupingBy(d -> d.path("assetId").asText(), Collectors.counting()));
    assertThat(perAsset).hasSize(40).allSatisfy((asset, n) -> assertThat(n).isEqualTo(1L));

    List<JsonNode> vipJournal =
        entries(platforms.vipAdmin.get("/_emulator/journal?limit=1000"), "entries");
    assertThat(vipJournal).anySatisfy(e -> assertThat(e.path("fault").asText()).isEqualTo("drop"));
    List<JsonNode> limited =
        vipJournal.stream().filter(e -> e.path("status").asInt() == 429).toList();
    assertThat(limited).as("some distributions were rate limited").isNotEmpty();
    for (JsonNode hit : limited) {
      JsonNode next =
          vipJournal.stream()
              .filter(e -> e.path("seq").asLong() > hit.path("seq").asLong())
              .filter(
                  e ->
                      e.path("idempotencyKey").asText().equals(hit.path("idempotencyKey").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(
              Duration.between(
                  Instant.parse(hit.path("at").asText()), Instant.parse(next.path("at").asText())))
          .as("retry of %s after a 429 with Retry-After: 2", hit.path("idempotencyKey").asText())
          .isGreaterThanOrEqualTo(Duration.ofMillis(1950));
    }
    List<JsonNode> psJournal =
        entries(platforms.psAdmin.get("/_emulator/journal?since=0&limit=10000"), "entries");
    assertThat(psJournal).anySatisfy(e -> assertThat(e.path("status").asInt()).isEqualTo(429));
    assertThat(psJournal).anySatisfy(e -> assertThat(e.path("status").asInt()).isEqualTo(0));
  }

  private static Map<String, Object> rule(
      String method, String path, String fault, Map<String, Object> extra) {
    var match = new java.util.HashMap<String, Object>();
    match.put("path", path);
    if (method != null) {
      match.put("method", method);
    }
    var rule = new java.util.HashMap<String, Object>(extra);
    rule.put("match", match);
    rule.put("fault", fault);
    return rule;
  }

  private static List<JsonNode> entries(JsonNode page, String key) {
    List<JsonNode> out = new ArrayList<>();
    page.path(key).forEach(out::add);
    return out;
  }
}
