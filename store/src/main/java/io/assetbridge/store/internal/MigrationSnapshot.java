package io.assetbridge.store.internal;

import io.assetbridge.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What lets a migration of an H2 file be undone: H2 runs DDL outside transactions, so a process
 * killed mid-migration leaves a schema half-changed that Flyway cannot repair. Before a migration
 * the file is marked new or copied aside; {@link #undo} puts it back as it was.
 */
final class MigrationSnapshot {
  private final H2StoreFiles files;

  MigrationSnapshot(H2StoreFiles files) {
    this.files = files;
  }

  /** Marks a store about to be created, so a half-made one can be removed. */
  void markNew() {
    io(() -> Files.createFile(files.newStoreMarker()));
  }

  /** Copies the (closed) database aside; the rename makes a half-written copy never count. */
  long copyAside() {
    return io(
        () -> {
          Files.copy(
              files.database(), files.backupInProgress(), StandardCopyOption.REPLACE_EXISTING);
          // on disk before it counts: restoring an unwritten copy would be worse than none
          try (FileChannel copy =
              FileChannel.open(files.backupInProgress(), StandardOpenOption.WRITE)) {
            copy.force(true);
          }
          move(files.backupInProgress(), files.backup());
          return Files.size(files.backup());
        });
  }

  /** The migration succeeded: the marker and copy are no longer needed. */
  void discard() {
    io(
        () -> {
          Files.deleteIfExists(files.backup());
          return Files.deleteIfExists(files.newStoreMarker());
        });
  }

  /** Puts back the store as it was before an unfinished migration; says what it did, if any. */
  Optional<String> undo() {
    return io(
        () -> {
          Files.deleteIfExists(files.backupInProgress());
          boolean removed = Files.exists(files.newStoreMarker()) && removeHalfMade();
          if (Files.exists(files.backup())) {
            move(files.backup(), files.database());
            return Optional.of("put back the copy taken before the migration");
          }
          return removed ? Optional.of("removed the half-created database") : Optional.empty();
        });
  }

  /** The marker goes last, so an undo cut short is finished by the next one. */
  private boolean removeHalfMade() throws IOException {
    boolean removed = Files.deleteIfExists(files.database());
    Files.deleteIfExists(files.trace());
    Files.delete(files.newStoreMarker());
    return removed;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private interface FileWork<T> {
    T run() throws IOException;
  }

  private <T> T io(FileWork<T> work) {
    try {
      return work.run();
    } catch (IOException e) {
      throw new StoreException(
          "Could not write beside the database "
              + files.database()
              + " ("
              + e
              + "). Check that the directory is writable and has room for a copy of the database.",
          e);
    }
  }
}
