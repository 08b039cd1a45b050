package io.assetbridge.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an H2 file database in a temporary directory. */
class H2StoreTest extends StoreContract {
  @TempDir static Path dir;

  @Override
  String url() {
    return "jdbc:h2:file:" + dir.resolve("store");
  }

  @Override
  public String freshUrl(String name) {
    return "jdbc:h2:file:" + dir.resolve(name);
  }
}
