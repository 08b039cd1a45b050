package io.assetbridge.emulator.vip.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The emulator's temporary directory for uploaded and seeded files; removed on close. */
public final class FileVault implements AutoCloseable {
  private final Path dir;
  private final AtomicLong counter = new AtomicLong();

  private FileVault(Path dir) {
    this.dir = dir;
  }

  public static FileVault create() {
    try {
      return new FileVault(Files.createTempDirectory("vip-emulator-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh path inside the vault; the file is not created. */
  public Path newFile() {
    return dir.resolve("file-" + counter.incrementAndGet());
  }

  public Path write(byte[] bytes) {
    Path path = newFile();
    try {
      return Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a file still open elsewhere goes with the directory at close
    }
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(this::delete);
    } catch (IOException e) {
      // nothing more to do for a temporary directory
    }
  }
}
