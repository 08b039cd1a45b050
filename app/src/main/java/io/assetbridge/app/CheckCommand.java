package io.assetbridge.app;

import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.flow.FlowPlans;
import io.assetbridge.spi.Connector;
import io.assetbridge.store.Store;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: validates the config, then tests the store and each connection. */
@Command(
    name = "check",
    description = "Validate the config and test the store and every connection.")
final class CheckCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    EngineConfig cfg = config.load();
    int failures = 0;
    try (ConnectorRegistry connectors = ConnectorRegistry.create(cfg, InstantSource.system())) {
      FlowPlans.compile(cfg, connectors);
      out.println(
          "config "
              + cfg.file()
              + ": ok ("
              + cfg.connections().size()
              + " connections, "
              + cfg.flows().size()
              + " flows)");
      try (Store store = Store.open(cfg.store(), InstantSource.system())) {
        out.println("store (" + store.dialectName() + "): ok");
      } catch (RuntimeException e) {
        failures++;
        out.println("store: FAILED: " + e.getMessage());
      }
      for (Connector c : connectors.all().values()) {
        failures += test(c, out);
      }
    }
    out.flush();
    return failures == 0 ? 0 : Main.FAILED;
  }

  private static int test(Connector connector, java.io.PrintWriter out) {
    try {
      connector.testConnection();
      out.println("connection " + connector.connectionName() + ": ok");
      return 0;
    } catch (RuntimeException e) {
      out.println("connection " + connector.connectionName() + ": FAILED: " + e.getMessage());
      return 1;
    }
  }
}
