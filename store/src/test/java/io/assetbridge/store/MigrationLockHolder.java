package io.assetbridge.store;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A second process for {@link H2ProcessTest} that holds a store's migration lock, as a process busy
 * migrating it does: locks the file given, says "holding", then waits to be killed.
 */
public final class MigrationLockHolder {
  public static void main(String[] args) throws Exception {
    FileChannel channel =
        FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    channel.lock();
    System.out.println("holding");
    System.in.read();
  }
}
