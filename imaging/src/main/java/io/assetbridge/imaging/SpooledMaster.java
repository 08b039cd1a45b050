package io.assetbridge.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A master stream copied to a temporary file: decoders need to seek (metadata first, then pixels),
 * and a file keeps a 50 MB master off the heap.
 */
final class SpooledMaster implements AutoCloseable {
  private final Path file;

  private SpooledMaster(Path file) {
    this.file = file;
  }

  static SpooledMaster copy(InputStream master, Path directory) {
    Path file = null;
    try {
      file = Files.createTempFile(directory, "assetbridge-master-", ".bin");
      Files.copy(master, file, StandardCopyOption.REPLACE_EXISTING);
      return new SpooledMaster(file);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("could not spool the master to " + directory, e);
    }
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    deleteQuietly(file);
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // a leftover temp file is not worth failing a rendition for
    }
  }
}
