package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import io.assetbridge.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * PhotoShelter stamps edits in whole seconds, and the stamp is the change's key: an edit made in
 * the same second as one already synced must still arrive. The platform's stamps and the engine's
 * clock are set by hand, so the second is shared for certain.
 */
class SameSecondEditTest {
  private static final Instant SECOND = Instant.parse("2026-03-02T10:00:00Z");
  private static final String STAMP = "2026-03-02 10:00:00 GMT";
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void anEditInTheSecondOfTheLastSyncedChangeStillArrives() {
    List<String> ids = platforms.seed(2, 41);
    platforms.act(ids, Map.of("action", "set_approval", "value", "Approved", "at", STAMP));
    SettableClock clock = new SettableClock(SECOND.plusMillis(400));
    Path config = TestConfig.write(platforms, dir, "30s", "200ms");

    try (Engine engine = Engine.open(TestConfig.load(config), clock)) {
      var first = new SyncPass(engine).run(TestConfig.FLOW, null, p -> {}, r -> {});
      assertThat(first.dead()).isZero();
      assertThat(platforms.vipApi().assets()).hasSize(2);

      // still within 10:00:00 on PhotoShelter's side: the same whole-second stamp
      platforms.act(
          ids.subList(0, 1),
          Map.of(
              "action",
              "edit_iptc",
              "iptc",
              Map.of("caption", "Edited in the same second"),
              "at",
              STAMP));
      clock.set(SECOND.plus(Duration.ofSeconds(3)));
      new SyncPass(engine).run(TestConfig.FLOW, null, p -> {}, r -> {});
    }

    JsonNode edited =
        platforms.vipApi().assets().stream()
            .filter(a -> a.path("externalRef").asText().equals("ps:" + ids.get(0)))
            .findFirst()
            .orElseThrow();
    assertThat(edited.path("caption").asText()).isEqualTo("Edited in the same second");
    assertThat(platforms.vipApi().distributions(edited.path("id").asText())).hasSize(1);
  }
}
