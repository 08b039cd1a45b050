package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --dry-run} says what would happen and writes nothing; {@code run} reacts to
 * approvals.
 */
class DryRunAndRunTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void dryRunExplainsEachAssetAndChangesNothing() {
    List<String> ids = platforms.seed(4, 3);
    platforms.region(ids.subList(0, 1), "EMEA");
    platforms.approve(ids.subList(0, 3));
    platforms.act(
        ids.subList(2, 3),
        java.util.Map.of("action", "edit_iptc", "iptc", java.util.Map.of("rights", "")));
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");

    var run =
        CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString(), "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "ps:"
                + ids.get(0)
                + ": create in vip, route 1 (\"region\" in asset.tags && \"EMEA\" in asset.tags[\"region\"]) → list EMEA press on press-portal")
        .contains(
            "ps:"
                + ids.get(1)
                + ": create in vip, route 4 (default) → list Global press on press-portal")
        .contains("ps:" + ids.get(2) + ": blocked (no usage terms)")
        .contains("ps:" + ids.get(3) + ": skip (condition is false: asset.status == \"APPROVED\")")
        .contains("dry run: 4 changed asset(s) looked at; nothing was written");
    assertThat(platforms.vipApi().assets()).isEmpty();
    assertThat(
            CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString(), "--dry-run")
                .out())
        .as("no cursor was saved")
        .contains("dry run: 4 changed asset(s)");
  }

  @Test
  void runPicksUpAnApprovalMadeWhileItRuns() throws Exception {
    List<String> ids = platforms.seed(3, 9);
    platforms.approve(ids.subList(0, 2));
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    Path log = dir.resolve("run.log");
    Process engine = EngineProcess.start(log, "run", "--config", config.toString());
    try {
      awaitVipAssets(2, engine, log);
      platforms.approve(ids.subList(2, 3));
      awaitVipAssets(3, engine, log);
      assertThat(platforms.vipApi().allDistributions()).hasSize(3);
      assertThat(Files.readString(log))
          .contains("assetbridge is running 1 flow(s) on h2", "distributed →");
    } finally {
      engine.destroy();
      assertThat(engine.waitFor(30, TimeUnit.SECONDS)).as("run stops on SIGTERM").isTrue();
    }
  }

  private void awaitVipAssets(int n, Process engine, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (platforms.vipApi().assets().size() < n) {
      assertThat(engine.isAlive()).as("engine alive; log:\n%s", Files.readString(log)).isTrue();
      assertThat(System.nanoTime())
          .as("VIP got %d assets in time; log:\n%s", n, Files.readString(log))
          .isLessThan(deadline);
      Thread.sleep(200);
    }
  }
}
