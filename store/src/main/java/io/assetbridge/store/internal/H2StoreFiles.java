package io.assetbridge.store.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of an H2 file database and the ones the migration guard keeps beside it: a marker while
 * a new store is being created, a copy of the file while an existing one is migrated, and a lock so
 * one opener at a time looks at them.
 */
record H2StoreFiles(Path database) {
  private static final String PREFIX = "jdbc:h2:";
  // mem:, tcp:, ssl:, zip:, nio: and the like; a one-letter prefix is a Windows drive.
  private static final Pattern OTHER_THAN_FILE = Pattern.compile("(?i)[a-z][a-z0-9]+:.*");

  /**
   * The files of a plain H2 file URL; empty for anything else, and for URLs where closing the pool
   * may leave the file open (AUTO_SERVER, DB_CLOSE_DELAY), since a copy of an open file is unsafe.
   */
  static Optional<H2StoreFiles> of(String jdbcUrl) {
    if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = jdbcUrl.substring(PREFIX.length()).split(";");
    String name = parts[0].regionMatches(true, 0, "file:", 0, 5) ? parts[0].substring(5) : parts[0];
    if (OTHER_THAN_FILE.matcher(name).matches() || keepsFileOpen(parts)) {
      return Optional.empty();
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return Optional.of(new H2StoreFiles(Path.of(name + ".mv.db").toAbsolutePath()));
  }

  private static boolean keepsFileOpen(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i].strip().toUpperCase(Locale.ROOT).replace(" ", "");
      if (option.equals("AUTO_SERVER=TRUE")
          || (option.startsWith("DB_CLOSE_DELAY=") && !option.equals("DB_CLOSE_DELAY=0"))) {
        return true;
      }
    }
    return false;
  }

  Path trace() {
    return sibling(".trace.db");
  }

  /** Exists while a new store is being created: what is beside it is half-made. */
  Path newStoreMarker() {
    return beside(".migrating-new");
  }

  /** The database as it was before a migration; exists until the migration succeeds. */
  Path backup() {
    return beside(".before-migration");
  }

  /** The backup while it is being written; renamed to {@link #backup()} once complete. */
  Path backupInProgress() {
    return beside(".before-migration.part");
  }

  Path lock() {
    return beside(".migration-lock");
  }

  private Path beside(String suffix) {
    return database.resolveSibling(database.getFileName() + suffix);
  }

  private Path sibling(String extension) {
    String name = database.getFileName().toString();
    return database.resolveSibling(
        name.substring(0, name.length() - ".mv.db".length()) + extension);
  }
}
