package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail from the command line: one asset's timeline by either system's ref, streamed CSV
 * and JSON Lines exports, and a verify that names an edited and a deleted record.
 */
class AuditTrailTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void timelineExportAndTamperEvidence() throws Exception {
    List<String> ids = platforms.seed(5, 13);
    platforms.approve(ids.subList(0, 4));
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    assertThat(CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString()).exitCode())
        .isZero();

    String psRef = "ps:" + ids.get(0);
    var byPs = CommandLineRun.of("audit", "list", "--asset", psRef, "--config", config.toString());
    assertThat(byPs.exitCode()).isZero();
    List<String> actions =
        byPs.out()
            .lines()
            .filter(l -> l.contains(psRef))
            .map(l -> l.trim().split("\\s+")[3])
            .toList();
    // "linked" when a transient failure after the create made a retry find it by external key
    assertThat(actions).hasSize(3).startsWith("read").endsWith("distributed");
    assertThat(actions.get(1)).isIn("created", "linked");
    JsonNode vipAsset =
        platforms.vipApi().assets().stream()
            .filter(a -> a.path("externalRef").asText().equals(psRef))
            .findFirst()
            .orElseThrow();
    var byVip =
        CommandLineRun.of(
            "audit",
            "list",
            "--asset",
            "vip:" + vipAsset.path("id").asText(),
            "--config",
            config.toString());
    assertThat(byVip.out()).as("either system's ref finds the same timeline").isEqualTo(byPs.out());

    Path csv = dir.resolve("audit.csv");
    Path jsonl = dir.resolve("audit.jsonl");
    CommandLineRun.of(
        "audit",
        "export",
        "--format",
        "csv",
        "--out",
        csv.toString(),
        "--config",
        config.toString());
    CommandLineRun.of(
        "audit",
        "export",
        "--format",
        "jsonl",
        "--out",
        jsonl.toString(),
        "--flow",
        TestConfig.FLOW,
        "--config",
        config.toString());
    long records = Files.readAllLines(jsonl).size();
    assertThat(records).isEqualTo(4 * 3 + 1 * 2); // 4 read/created/distributed, 1 read/skipped
    assertThat(Files.readAllLines(csv))
        .hasSize((int) records + 1)
        .first()
        .asString()
        .startsWith("seq,at,actor,flow");

    var intact = CommandLineRun.of("audit", "verify", "--config", config.toString());
    assertThat(intact.exitCode()).isZero();
    assertThat(intact.out()).contains("audit trail intact: " + records + " record(s) checked");

    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store"))) {
      c.createStatement().executeUpdate("UPDATE audit SET detail = 'nothing to see' WHERE seq = 3");
      c.createStatement().executeUpdate("DELETE FROM audit WHERE seq = 7");
    }
    var broken = CommandLineRun.of("audit", "verify", "--config", config.toString());
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out())
        .contains("record 3 was changed")
        .contains("before 8 are missing")
        .contains("audit trail BROKEN");
  }
}
