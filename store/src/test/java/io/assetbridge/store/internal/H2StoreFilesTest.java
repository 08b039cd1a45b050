package io.assetbridge.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which URLs name an H2 file the migration guard can copy, and the files it keeps beside it. */
class H2StoreFilesTest {

  @Test
  void findsTheFileOfAnH2FileUrl() {
    assertThat(database("jdbc:h2:file:/data/store")).contains(Path.of("/data/store.mv.db"));
    assertThat(database("jdbc:H2:FILE:/data/store;MODE=PostgreSQL"))
        .contains(Path.of("/data/store.mv.db"));
    assertThat(database("jdbc:h2:./data/store"))
        .contains(Path.of("./data/store.mv.db").toAbsolutePath());
    assertThat(database("jdbc:h2:~/store"))
        .contains(Path.of(System.getProperty("user.home"), "store.mv.db"));
    assertThat(database("jdbc:h2:file:/data/store;DB_CLOSE_DELAY=0")).isPresent();
  }

  @Test
  void leavesOtherH2UrlsAndOtherDatabasesAlone() {
    assertThat(database("jdbc:h2:mem:store")).isEmpty();
    assertThat(database("jdbc:h2:tcp://localhost/~/store")).isEmpty();
    assertThat(database("jdbc:h2:ssl://localhost/~/store")).isEmpty();
    assertThat(database("jdbc:h2:zip:/data/store.zip!/store")).isEmpty();
    assertThat(database("jdbc:postgresql://localhost:5432/assetbridge")).isEmpty();
  }

  @Test
  void leavesFilesAloneThatClosingThePoolMayNotClose() {
    assertThat(database("jdbc:h2:file:/data/store;AUTO_SERVER=TRUE")).isEmpty();
    assertThat(database("jdbc:h2:file:/data/store;db_close_delay=-1")).isEmpty();
  }

  @Test
  void keepsItsFilesBesideTheDatabase() {
    H2StoreFiles files = H2StoreFiles.of("jdbc:h2:file:/data/store").orElseThrow();
    assertThat(files.trace()).isEqualTo(Path.of("/data/store.trace.db"));
    assertThat(files.newStoreMarker()).isEqualTo(Path.of("/data/store.mv.db.migrating-new"));
    assertThat(files.backup()).isEqualTo(Path.of("/data/store.mv.db.before-migration"));
    assertThat(files.backupInProgress())
        .isEqualTo(Path.of("/data/store.mv.db.before-migration.part"));
    assertThat(files.lock()).isEqualTo(Path.of("/data/store.mv.db.migration-lock"));
  }

  /** As the store passes it: with the durable defaults DatabaseUrl adds. */
  private static Optional<Path> database(String url) {
    return H2StoreFiles.of(DatabaseUrl.parse(url).jdbcUrl()).map(H2StoreFiles::database);
  }
}
