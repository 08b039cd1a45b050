package io.assetbridge.app.server;

import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;

/**
 * An engine with no flows and its server on a free port; {@code server} is the config's map body.
 */
record AdminServer(Engine engine, EngineServer server) implements AutoCloseable {

  static AdminServer start(Path dir, String server, InstantSource clock) {
    String yaml =
        """
        store: jdbc:h2:file:%s
        server: { port: 0, %s }
        connections:
          vip: { type: vip, baseUrl: "http://127.0.0.1:9", token: t, webhookSecret: s }
        flows: {}
        """
            .formatted(dir.resolve("store"), server);
    Engine engine =
        Engine.open(
            new ConfigLoader(new EnvSubstitution(Map.of())).parse("test.yaml", yaml), clock);
    return new AdminServer(
        engine,
        EngineServer.start(
            engine, clock, new ServerOptions("127.0.0.1", 0, ServerOptions.ONE_MIB)));
  }

  @Override
  public void close() {
    server.close();
    engine.close();
  }
}
