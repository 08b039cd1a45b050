package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.app.demo.DemoData;
import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the engine running, one delivery change is made while VIP's webhooks are off (lost on
 * purpose) and one while they are on: both reach PhotoShelter, the lost one through the events feed
 * poll, and each VIP event is stored once.
 */
class LostWebhookTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void aLostWebhookIsRecoveredByTheFeedPoll() throws Exception {
    List<String> ids = platforms.seed(2, 55);
    platforms.approve(ids);
    DemoData.defineDistributionStatus(platforms.psAdmin);
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
                .replace(
                    "token: emulator-token",
                    "token: emulator-token\n    webhookSecret: lost-hook-secret")
                .replace("pollInterval: 1s", "pollInterval: 2s")
            + DeliveryWriteBackTest.WRITE_BACK;
    Path config = Files.writeString(dir.resolve("c.yaml"), yaml);
    try (Engine engine = Engine.open(TestConfig.load(config), InstantSource.system())) {
      engine.startWorkers(Set.of(), r -> {});
      engine.startPolling();
      try (EngineServer server =
          EngineServer.start(
              engine, InstantSource.system(), ServerOptions.from(engine.config().server()))) {
        awaitDistributions(2);
        platforms.vipAdmin.send("DELETE", "/_emulator/webhook", null);
        advance(ids.get(0), "delivered");
        platforms.vipAdmin.put(
            "/_emulator/webhook",
            Map.of(
                "url",
                server.url() + "/hooks/vip",
                "secret",
                "lost-hook-secret",
                "enabled",
                true,
                "retryBaseMs",
                200,
                "timeoutMs",
                2000));
        advance(ids.get(1), "delivered");

        awaitStatus(ids.get(0), "sent");
        awaitStatus(ids.get(1), "sent");
        long webhooksReceived =
            outgoingWebhooks().stream().filter(e -> e.path("status").asInt() == 200).count();
        long feedEvents = platforms.vipApi().get("/events?limit=500").path("items").size();
        assertThat(webhooksReceived)
            .as("only the second change came by webhook")
            .isPositive()
            .isLessThan(feedEvents);
        long vipEvents = engine.store().inTransaction(tx -> tx.events().count("vip"));
        assertThat(vipEvents)
            .as("every VIP event stored once, whether it came by webhook, poll or both")
            .isEqualTo(feedEvents);
      }
    }
  }

  private void advance(String psId, String status) {
    JsonNode asset =
        platforms.vipApi().assets().stream()
            .filter(a -> a.path("externalRef").asText().equals("ps:" + psId))
            .findFirst()
            .orElseThrow();
    String distribution =
        platforms.vipApi().distributions(asset.path("id").asText()).get(0).path("id").asText();
    platforms.vipAdmin.post(
        "/_emulator/distributions/" + distribution + "/advance", Map.of("status", status));
  }

  private void awaitDistributions(int n) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (platforms.vipApi().allDistributions().size() < n) {
      assertThat(System.nanoTime()).as("%d distributions in time", n).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private void awaitStatus(String psId, String status) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!status.equals(platforms.psApi().custom(psId).get("Distribution Status"))) {
      assertThat(System.nanoTime()).as("ps:%s shows %s in time", psId, status).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private List<JsonNode> outgoingWebhooks() {
    List<JsonNode> out = new ArrayList<>();
    platforms
        .vipAdmin
        .get("/_emulator/journal?limit=1000")
        .path("entries")
        .forEach(
            e -> {
              if (e.path("direction").asText().equals("out")) {
                out.add(e);
              }
            });
    return out;
  }
}
