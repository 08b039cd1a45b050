package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.app.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * VIP → PhotoShelter: deliveries advance in VIP (delivered, published with a URL, one failure), the
 * write-back flow maps them onto PhotoShelter fields, once, and nothing echoes back to VIP.
 */
class DeliveryWriteBackTest {
  static final String WRITE_BACK =
      """
        deliveries-to-ps:
          from: { connection: vip, on: [delivery.updated, publication.reported, distribution.completed] }
          to: { connection: ps, action: write-back }
          map:
            "tag:distribution_status": distribution.status
            "iptc:edit_status": distribution.summary
      """;
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void deliveryOutcomesReachPhotoShelterOnceWithoutEcho() throws Exception {
    List<String> ids = platforms.seed(3, 21);
    platforms.region(ids.subList(0, 1), "EMEA");
    platforms.region(ids.subList(1, 2), "APAC");
    platforms.approve(ids);
    DemoData.defineDistributionStatus(platforms.psAdmin);
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replace(
                "    map:\n      title: asset.title",
                "    back: { \"iptc:subject_code\": target }\n    map:\n      title: asset.title")
            .replace(
                "with: { list: EMEA press, channel: press-portal }",
                "with: { list: EMEA press, channel: press-portal, rendition: web-2048 }");
    assertThat(yaml).contains("back: {");
    Path config =
        Files.writeString(
            dir.resolve("c.yaml"),
            "renditions: { web-2048: { width: 2048, height: 2048, fit: inside } }\n"
                + yaml
                + WRITE_BACK);
    assertThat(sync(config, TestConfig.FLOW)).isZero();

    JsonNode emea = distributionOf(ids.get(0));
    assertThat(emea.path("rendition").asText())
        .as("EMEA press gets the web rendition")
        .isEqualTo("web-2048");
    assertThat(platforms.psApi().iptc(ids.get(0)).path("subject_code").asText())
        .as("the VIP ref written back to the source")
        .isEqualTo("vip:" + emea.path("assetId").asText());
    platforms.vipAdmin.post(
        "/_emulator/distributions/" + emea.path("id").asText() + "/advance",
        Map.of("status", "delivered"));
    String firstDelivery = emea.path("deliveries").path(0).path("id").asText();
    platforms.vipAdmin.post(
        "/_emulator/deliveries/" + firstDelivery + "/advance", Map.of("status", "published"));
    JsonNode apac = distributionOf(ids.get(1));
    platforms.vipAdmin.post(
        "/_emulator/distributions/" + apac.path("id").asText() + "/advance",
        Map.of("status", "failed", "failureReason", "bounced"));
    assertThat(sync(config, "deliveries-to-ps")).isZero();

    assertThat(platforms.psApi().custom(ids.get(0))).containsEntry("Distribution Status", "sent");
    assertThat(platforms.psApi().iptc(ids.get(0)).path("edit_status").asText())
        .startsWith("sent: ")
        .contains("published https://")
        .contains("delivered");
    assertThat(platforms.psApi().custom(ids.get(1))).containsEntry("Distribution Status", "failed");
    assertThat(platforms.psApi().iptc(ids.get(1)).path("edit_status").asText())
        .contains("failed (bounced)");
    assertThat(platforms.psApi().custom(ids.get(2))).doesNotContainKey("Distribution Status");

    var timeline =
        CommandLineRun.of(
                "audit", "list", "--asset", "ps:" + ids.get(0), "--config", config.toString())
            .out();
    assertThat(actions(timeline, "ps:" + ids.get(0), "vip:" + emea.path("assetId").asText()))
        .containsSubsequence(
            "read", "created", "rendition-made", "distributed", "delivery-status", "write-back");
    var verified = CommandLineRun.of("audit", "verify", "--config", config.toString());
    assertThat(verified.exitCode()).as(verified.out()).isZero();

    platforms.psAdmin.send("DELETE", "/_emulator/journal", null);
    platforms.vipAdmin.send("DELETE", "/_emulator/journal", null);
    assertThat(sync(config, "deliveries-to-ps")).isZero();
    assertThat(sync(config, TestConfig.FLOW)).isZero();
    assertThat(writes(platforms.psAdmin.get("/_emulator/journal?since=0&limit=10000")))
        .as("PhotoShelter: nothing written twice")
        .isEmpty();
    assertThat(writes(platforms.vipAdmin.get("/_emulator/journal?limit=1000")))
        .as("VIP: the write-back's edits in PhotoShelter did not echo back")
        .isEmpty();
  }

  private static int sync(Path config, String flow) {
    var run = CommandLineRun.of("sync", flow, "--config", config.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    return run.exitCode();
  }

  private JsonNode distributionOf(String psId) {
    JsonNode asset =
        platforms.vipApi().assets().stream()
            .filter(a -> a.path("externalRef").asText().equals("ps:" + psId))
            .findFirst()
            .orElseThrow();
    return platforms.vipApi().distributions(asset.path("id").asText()).get(0);
  }

  private static List<String> actions(String timeline, String... refs) {
    List<String> actions = new ArrayList<>();
    timeline
        .lines()
        .filter(l -> List.of(refs).stream().anyMatch(l::contains))
        .forEach(l -> actions.add(l.trim().split("\\s+")[3]));
    return actions;
  }

  private static List<JsonNode> writes(JsonNode journal) {
    List<JsonNode> out = new ArrayList<>();
    journal
        .path("entries")
        .forEach(
            e -> {
              String method = e.path("method").asText();
              boolean login = e.path("path").asText().contains("authenticate");
              if (!method.equals("GET") && !login) {
                out.add(e);
              }
            });
    return out;
  }
}
