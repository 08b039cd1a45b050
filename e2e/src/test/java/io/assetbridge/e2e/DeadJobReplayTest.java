package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A permanent failure (a route to a list VIP does not have) makes jobs dead and visible; once the
 * list exists, {@code jobs retry} replays them and they go out once. Also {@code check} on a good
 * config.
 */
class DeadJobReplayTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void deadJobsAreListedAndReplayedOnceTheCauseIsFixed() throws IOException {
    List<String> ids = platforms.seed(4, 17);
    platforms.approve(ids);
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replace("list: Global press", "list: Partners");
    Path config = Files.writeString(dir.resolve("partners.yaml"), yaml);

    assertThat(CommandLineRun.of("check", "--config", config.toString()).out())
        .contains(
            "ok (2 connections, 1 flows)",
            "store (h2): ok",
            "connection ps: ok",
            "connection vip: ok");
    var first = CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString());
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("sync finished with 4 dead job(s)");
    var dead = CommandLineRun.of("jobs", "list", "--state", "dead", "--config", config.toString());
    assertThat(dead.out().lines().filter(l -> l.contains("Partners"))).hasSize(4);

    platforms.seedPartnersList();
    assertThat(CommandLineRun.of("jobs", "retry", "--config", config.toString()).out())
        .contains("4 dead job(s) queued again");
    var second = CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString());
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();

    String partners =
        platforms.vipApi().lists().stream()
            .filter(l -> l.path("name").asText().equals("Partners"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    assertThat(platforms.vipApi().allDistributions())
        .hasSize(4)
        .allSatisfy(d -> assertThat(d.path("listId").asText()).isEqualTo(partners));
    assertThat(platforms.vipApi().assets()).hasSize(4);
  }
}
