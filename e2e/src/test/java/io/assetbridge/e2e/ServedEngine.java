package io.assetbridge.e2e;

import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The engine and its HTTP server in this JVM, against the emulators, with an admin token; its one
 * flow routes to the "Partners" list, which VIP lacks until {@link Platforms#seedPartnersList}, so
 * its jobs die first and can be replayed.
 */
final class ServedEngine implements AutoCloseable {
  static final String TOKEN = "e2e-admin-token-0123456789";
  final Engine engine;
  final EngineServer server;

  ServedEngine(Platforms platforms, Path dir) {
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replace("list: Global press", "list: Partners")
            .replace("server: { port: 0 }", "server: { port: 0, adminToken: " + TOKEN + " }");
    try {
      Path config = Files.writeString(dir.resolve("admin.yaml"), yaml);
      engine = Engine.open(TestConfig.load(config), InstantSource.system());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server =
        EngineServer.start(
            engine,
            InstantSource.system(),
            new ServerOptions("127.0.0.1", 0, ServerOptions.ONE_MIB));
  }

  String url() {
    return server.url();
  }

  @Override
  public void close() {
    server.close();
    engine.close();
  }
}
