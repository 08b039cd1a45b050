package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rights gate's back: mapping tells PhotoShelter why an asset is held, once: the write changes
 * the image, whose next job finds it blocked for the same reason and writes nothing.
 */
class BlockedWriteBackTest {
  private static final String EMBARGO = "EMBARGOED UNTIL 2099-01-01T00:00:00Z";
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void aBlockedAssetIsToldWhyOnceAndForgottenWhenItPasses() throws Exception {
    List<String> ids = platforms.seed(2, 51);
    platforms.approve(ids);
    String held = ids.get(0);
    iptc(held, Map.of("instructions", EMBARGO));
    Path config = config();

    try (Engine engine = Engine.open(TestConfig.load(config), InstantSource.system())) {
      StringBuilder dry = new StringBuilder();
      new io.assetbridge.core.flow.DryRun(engine.store(), InstantSource.system())
          .run(engine.plans().get(TestConfig.FLOW), null, line -> dry.append(line).append('\n'));
      assertThat(dry)
          .contains(
              "ps:"
                  + held
                  + ": blocked (embargoed until 2099-01-01T00:00:00Z); would tell ps: iptc:edit_status");
      sync(engine);
      assertThat(platforms.psApi().iptc(held).path("edit_status").asText())
          .isEqualTo("held: embargoed until 2099-01-01T00:00:00Z");
      assertThat(platforms.vipApi().assets()).hasSize(1);

      // our own write changed the image: later passes see it, blocked for the same reason
      Thread.sleep(2100);
      sync(engine);
      sync(engine);
      assertThat(writesTo(held)).as("IPTC writes to the held image").isEqualTo(1);

      iptc(held, Map.of("instructions", ""));
      Thread.sleep(1100);
      sync(engine);
      assertThat(platforms.vipApi().assets()).hasSize(2);
      Map<String, String> notices =
          engine
              .store()
              .inTransaction(tx -> tx.blockedNotices().last(TestConfig.FLOW, "ps:" + held));
      assertThat(notices).as("passing the gate forgets the notice").isEmpty();
    }
  }

  private Path config() throws Exception {
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replace(
                "gate: { rights: required }",
                "gate: { rights: required, back: { \"iptc:edit_status\": '\"held: \" + blocked' } }");
    assertThat(yaml).contains("back: { \"iptc:edit_status\"");
    return Files.writeString(dir.resolve("blocked.yaml"), yaml);
  }

  private static void sync(Engine engine) {
    new SyncPass(engine).run(TestConfig.FLOW, null, p -> {}, r -> {});
  }

  private void iptc(String id, Map<String, Object> fields) {
    platforms.act(List.of(id), Map.of("action", "edit_iptc", "iptc", fields));
  }

  /** Requests of the engine (not the test's acts) that changed the image. */
  private long writesTo(String id) {
    List<JsonNode> entries = new ArrayList<>();
    platforms
        .psAdmin
        .get("/_emulator/journal?since=0&limit=1000")
        .path("entries")
        .forEach(entries::add);
    return entries.stream()
        .filter(e -> !e.path("method").asText().equals("GET"))
        .filter(e -> e.path("path").asText().contains(id))
        .count();
  }
}
