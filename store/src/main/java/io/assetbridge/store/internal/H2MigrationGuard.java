package io.assetbridge.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.assetbridge.store.StoreException;
import java.nio.file.Files;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an H2 file store so that a migration cut short (a kill, a crash, a real failure) is undone:
 * a new store is marked and removed if unfinished, an existing one is copied aside first and put
 * back. Only a start with pending migrations pays for the copy.
 */
final class H2MigrationGuard {
  private static final Logger LOG = LoggerFactory.getLogger(H2MigrationGuard.class);
  private final H2StoreFiles files;
  private final MigrationSnapshot snapshot;
  private final String inUseMessage;

  H2MigrationGuard(H2StoreFiles files, String inUseMessage) {
    this.files = files;
    this.snapshot = new MigrationSnapshot(files);
    this.inUseMessage = inUseMessage;
  }

  /** Connects and migrates with the given functions; both throw StoreException on failure. */
  HikariDataSource open(
      Supplier<HikariDataSource> connect, UnaryOperator<HikariDataSource> migrate) {
    try (OpeningLock lock = OpeningLock.take(files.lock(), inUseMessage)) {
      snapshot
          .undo()
          .ifPresent(
              done ->
                  LOG.warn(
                      "A start before this one stopped while migrating {}: {}; migrating again",
                      files.database(),
                      done));
      if (!Files.exists(files.database())) {
        snapshot.markNew();
      } else {
        HikariDataSource pool = connect.get();
        if (!hasPending(pool)) {
          return migrate.apply(pool); // nothing to apply: Flyway only validates the history
        }
        pool.close(); // H2 closes the file with its last connection, so the copy is consistent
        copyAside();
      }
      return migrateOrUndo(connect, migrate);
    }
  }

  private HikariDataSource migrateOrUndo(
      Supplier<HikariDataSource> connect, UnaryOperator<HikariDataSource> migrate) {
    HikariDataSource pool;
    try {
      pool = migrate.apply(connect.get());
    } catch (RuntimeException e) {
      throw undoneAfter(e);
    }
    try {
      snapshot.discard();
    } catch (StoreException e) {
      pool.close(); // a copy left behind would be put back over this run's work on the next start
      throw e;
    }
    return pool;
  }

  /** A real failure is undone too, so no failed history row blocks the next start. */
  private RuntimeException undoneAfter(RuntimeException failure) {
    try {
      return snapshot
          .undo()
          .<RuntimeException>map(
              done -> new StoreException(failure.getMessage() + " " + leftAsBefore(done), failure))
          .orElse(failure);
    } catch (StoreException undoFailed) {
      failure.addSuppressed(undoFailed); // the copy stays; the next start tries again
      return failure;
    }
  }

  private void copyAside() {
    long start = System.nanoTime();
    long bytes = snapshot.copyAside();
    LOG.info(
        "Copied {} ({}) aside in {} ms, to put back if its migration does not finish",
        files.database(),
        String.format("%.1f MB", bytes / 1e6),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static boolean hasPending(HikariDataSource pool) {
    try {
      return SchemaMigrations.on(pool).info().pending().length > 0;
    } catch (FlywayException e) {
      return true; // an unreadable history: copy first, and let the migration report it
    }
  }

  private static String leftAsBefore(String done) {
    return "The store is left as it was before this start: assetbridge " + done + ".";
  }
}
