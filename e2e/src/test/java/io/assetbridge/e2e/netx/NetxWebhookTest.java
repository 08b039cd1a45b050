package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NetX edit reaches PhotoShelter through NetX's signed webhook, with no poll of NetX: the running
 * engine's {@code POST /hooks/netx} checks the signature, stores the event and a worker syncs.
 */
class NetxWebhookTest {
  @TempDir Path dir;

  @Test
  void aSignedNetxWebhookDrivesTheTwoWaySync() throws Exception {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, TwoWaySyncTest.FLOWS.formatted("hold"), InstantSource.system());
      String[] ids = TwoWaySyncTest.paired(w);
      w.engine().startWorkers(Set.of(), r -> {});
      try (EngineServer server =
          EngineServer.start(
              w.engine(),
              InstantSource.system(),
              ServerOptions.from(w.engine().config().server()))) {
        w.netxAdmin.put(
            "/_emulator/webhook",
            Map.of(
                "url",
                server.url() + "/hooks/netx",
                "secret",
                NetxWorld.NETX_HOOK_SECRET,
                "events",
                List.of("asset.create", "asset.update", "asset.delete"),
                "enabled",
                true));
        w.netxEdit(ids[1], Map.of("Usage Rights", List.of("Licensed by webhook")));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!"Licensed by webhook".equals(w.psAsset(ids[0]).rights().usageTerms())
            && Instant.now().isBefore(deadline)) {
          Thread.sleep(200);
        }
        assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("Licensed by webhook");
        long accepted =
            w
                .netxAdmin
                .get("/_emulator/journal?after=0&limit=1000")
                .path("entries")
                .findValues("direction")
                .stream()
                .filter(d -> d.asText().equals("out"))
                .count();
        assertThat(accepted).as("webhooks sent by NetX").isGreaterThanOrEqualTo(1);
      }
    }
  }
}
