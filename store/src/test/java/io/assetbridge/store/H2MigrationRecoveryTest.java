package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.testkit.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 runs DDL outside transactions, so a start killed mid-migration leaves a half-changed schema;
 * the next start undoes it from the marker or copy left beside the file, then migrates again.
 */
class H2MigrationRecoveryTest {
  private final SettableClock clock = SettableClock.at("2025-03-01T10:00:00Z");
  @TempDir Path dir;

  @Test
  void recreatesAStoreWhoseCreationWasKilled() throws Exception {
    sql("CREATE TABLE cursors (x INT)"); // V1 got as far as its first table
    Files.createFile(dir.resolve("store.mv.db.migrating-new"));

    try (Store store = Store.open(url(), clock)) {
      store.run(tx -> tx.cursors().save("poller", "c1"));
      assertThat(store.inTransaction((Tx tx) -> tx.cursors().get("poller"))).contains("c1");
    }
    assertThat(guardFiles()).isEmpty();
  }

  @Test
  void putsBackTheCopyOfAStoreWhoseUpgradeWasKilled() throws Exception {
    migrateTo("10");
    sql("INSERT INTO cursors VALUES ('poller', 'c1', CURRENT_TIMESTAMP)");
    Files.copy(database(), dir.resolve("store.mv.db.before-migration"));
    sql("CREATE TABLE disabled_flows (x INT)"); // V20 ran, its history row never came
    Files.writeString(dir.resolve("store.mv.db.before-migration.part"), "half a copy");

    try (Store store = Store.open(url(), clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.cursors().get("poller"))).contains("c1");
      store.run(tx -> tx.cursors().save("poller", "c2"));
    }
    assertThat(pendingMigrations()).as("migrated to the newest schema").isZero();
    assertThat(schemaVersion()).isNotEqualTo("10");
    assertThat(guardFiles()).isEmpty();
  }

  @Test
  void aFailedUpgradeSaysSoAndLeavesTheStoreAsItWas() throws Exception {
    migrateTo("10");
    sql("INSERT INTO cursors VALUES ('poller', 'c1', CURRENT_TIMESTAMP)");
    sql("CREATE TABLE disabled_flows (x INT)"); // a table in V20's way: a real failure

    assertThatThrownBy(() -> Store.open(url(), clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Could not migrate the database at " + url())
        .hasMessageContaining("DISABLED_FLOWS")
        .hasMessageContaining("left as it was before this start")
        .hasMessageContaining("put back the copy taken before the migration");
    assertThat(schemaVersion()).isEqualTo("10"); // no failed V20 row to block the next start
    assertThat(guardFiles()).isEmpty();
    sql("DROP TABLE disabled_flows");
    try (Store store = Store.open(url(), clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.cursors().get("poller"))).contains("c1");
    }
  }

  @Test
  void reopensAMigratedStoreWithoutLeavingFilesBehind() throws Exception {
    try (Store store = Store.open(url(), clock)) {
      store.run(tx -> tx.cursors().save("poller", "c1"));
    }
    try (Store store = Store.open(url(), clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.cursors().get("poller"))).contains("c1");
    }
    assertThat(guardFiles()).isEmpty();
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("store");
  }

  private Path database() {
    return dir.resolve("store.mv.db");
  }

  /** The marker and copies the guard keeps only while it migrates (the lock file stays). */
  private List<String> guardFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.contains("migrating-new") || name.contains("before-migration"))
          .toList();
    }
  }

  /** An older assetbridge's store: the schema up to the given version. */
  private void migrateTo(String version) {
    Flyway.configure()
        .dataSource(url(), null, null)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private int pendingMigrations() {
    return Flyway.configure()
        .dataSource(url(), null, null)
        .locations("classpath:db/migration")
        .load()
        .info()
        .pending()
        .length;
  }

  private String schemaVersion() {
    return Flyway.configure()
        .dataSource(url(), null, null)
        .locations("classpath:db/migration")
        .load()
        .info()
        .current()
        .getVersion()
        .getVersion();
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url());
        Statement run = connection.createStatement()) {
      run.execute(statement);
    }
  }
}
