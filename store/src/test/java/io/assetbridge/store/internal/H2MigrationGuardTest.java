package io.assetbridge.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What lies beside the database while it migrates: a copy only when a migration is pending. */
class H2MigrationGuardTest {
  @TempDir Path dir;
  private final List<String> seenWhileMigrating = new ArrayList<>();
  private int connects;

  @Test
  void marksANewStoreWhileCreatingIt() {
    open().close();

    assertThat(seenWhileMigrating).contains("store.mv.db.migrating-new");
    assertThat(files()).doesNotContain("store.mv.db.migrating-new");
  }

  @Test
  void copiesAStoreAsideOnlyWhileAMigrationIsPending() {
    Flyway.configure()
        .dataSource(url(), null, null)
        .locations("classpath:db/migration")
        .target("10")
        .load()
        .migrate();

    open().close();
    assertThat(seenWhileMigrating).contains("store.mv.db.before-migration");
    assertThat(files()).doesNotContain("store.mv.db.before-migration");

    seenWhileMigrating.clear();
    connects = 0;
    open().close();
    assertThat(seenWhileMigrating)
        .contains("store.mv.db")
        .doesNotContain("store.mv.db.before-migration", "store.mv.db.before-migration.part");
    assertThat(connects).isOne();
  }

  private HikariDataSource open() {
    H2StoreFiles files = H2StoreFiles.of(url()).orElseThrow();
    return new H2MigrationGuard(files, "in use").open(this::connect, this::migrate);
  }

  private HikariDataSource connect() {
    connects++;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    return new HikariDataSource(config);
  }

  private HikariDataSource migrate(HikariDataSource pool) {
    seenWhileMigrating.addAll(files());
    SchemaMigrations.on(pool).migrate();
    return pool;
  }

  private String url() {
    return DatabaseUrl.parse("jdbc:h2:file:" + dir.resolve("store")).jdbcUrl();
  }

  private List<String> files() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
