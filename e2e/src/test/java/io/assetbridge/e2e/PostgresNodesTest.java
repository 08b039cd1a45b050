package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.WorkerPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two engine nodes share one PostgreSQL store: they split the work and nothing goes out twice. */
class PostgresNodesTest {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  @RegisterExtension final Platforms platforms = new Platforms();
  private final String schema = "e2e_nodes_" + Long.toHexString(System.nanoTime());
  @TempDir Path dir;

  @BeforeEach
  void createSchema() throws SQLException {
    try (Connection c = connect()) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = connect()) {
      c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection(SERVER);
    } catch (SQLException e) {
      throw new SQLException(
          "PostgreSQL must run on 127.0.0.1:5432 (database test, trust auth); start it with "
              + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
          e);
    }
  }

  @Test
  void twoNodesShareTheWorkAndEachAssetGoesOutOnce() throws Exception {
    List<String> ids = platforms.seed(40, 41);
    platforms.region(ids.subList(0, 20), "AMER");
    platforms.approve(ids);
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replaceFirst("store: .*", "store: " + SERVER + "&currentSchema=" + schema);
    Map<String, AtomicInteger> stepsByNode = new ConcurrentHashMap<>();
    try (Engine a = open(yaml, "node-a");
        Engine b = open(yaml, "node-b")) {
      a.poller().poll(a.plans().get(TestConfig.FLOW).changes(), null);
      try (WorkerPool pa =
              a.startWorkers(Set.of(), r -> count(stepsByNode, r.audit().get(0).actor()));
          WorkerPool pb =
              b.startWorkers(Set.of(), r -> count(stepsByNode, r.audit().get(0).actor()))) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (a.store().inTransaction(tx -> tx.jobs().unfinished(null)) > 0
            && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }
    }
    System.out.println("steps per node on PostgreSQL: " + stepsByNode);
    assertThat(stepsByNode.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(40);
    assertThat(stepsByNode).containsOnlyKeys("node-a", "node-b");
    assertThat(platforms.vipApi().assets()).hasSize(40);
    Map<String, Long> perAsset =
        platforms.vipApi().allDistributions().stream()
            .collect(Collectors.groupingBy(d -> d.path("assetId").asText(), Collectors.counting()));
    assertThat(perAsset).hasSize(40).allSatisfy((asset, n) -> assertThat(n).isEqualTo(1L));
  }

  private Engine open(String yaml, String node) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(node + ".yaml"),
            yaml.replace("engine: { workers: 4,", "engine: { node: " + node + ", workers: 4,"));
    return Engine.open(TestConfig.load(file), InstantSource.system());
  }

  private static void count(Map<String, AtomicInteger> byNode, String node) {
    byNode.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
  }
}
