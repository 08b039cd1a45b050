package io.assetbridge.store.internal;

import io.assetbridge.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One opener at a time may undo, copy or migrate an H2 store: openers in this JVM wait their turn,
 * another process holding the lock means the store is in use. The OS drops the lock of a killed
 * process, so a crash never leaves the store locked.
 */
final class OpeningLock implements AutoCloseable {
  // a JVM may hold a file lock only once, so openers in this JVM queue here first
  private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();
  private final FileChannel channel;

  private OpeningLock(FileChannel channel) {
    this.channel = channel;
  }

  static OpeningLock take(Path file, String inUseMessage) {
    IN_THIS_JVM.lock();
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent()); // as H2 would for a new store
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new StoreException(inUseMessage);
      }
      return new OpeningLock(channel);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel, e);
      IN_THIS_JVM.unlock();
      throw e instanceof IOException io ? cannotLock(file, io) : (RuntimeException) e;
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing releases the lock even when it reports an error
    } finally {
      IN_THIS_JVM.unlock();
    }
  }

  private static StoreException cannotLock(Path file, IOException e) {
    return new StoreException(
        "Cannot create the lock file "
            + file
            + " ("
            + e
            + "). Check that the directory is writable.",
        e);
  }

  private static void closeQuietly(FileChannel channel, Exception failure) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
