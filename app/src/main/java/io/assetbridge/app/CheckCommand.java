package io.assetbridge.app;

import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.flow.FlowPlans;
import io.assetbridge.spi.Connector;
import io.assetbridge.store.Store;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: validates the config, then tests the store and each connection. */
@Command(
    name = "check",
    description = "Validate the config and test the store and every connection.")
final class CheckCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--json", description = "print the results as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  /** What {@code --json} prints; {@code error} is null when the part is ok. */
  record Result(
      boolean ok, String config, int connections, int flows, Part store, List<Part> tested) {}

  record Part(String name, boolean ok, String error) {}

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    EngineConfig cfg = config.load();
    try (ConnectorRegistry connectors = ConnectorRegistry.create(cfg, InstantSource.system())) {
      FlowPlans.compile(cfg, connectors);
      Part store = store(cfg);
      List<Part> tested = new ArrayList<>();
      for (Connector c : connectors.all().values()) {
        tested.add(test(c));
      }
      boolean ok = store.ok() && tested.stream().allMatch(Part::ok);
      Result result =
          new Result(ok, cfg.file(), cfg.connections().size(), cfg.flows().size(), store, tested);
      if (json) {
        new JsonLines(out).write(result);
      } else {
        print(result, out);
      }
      return ok ? 0 : Main.FAILED;
    }
  }

  private static Part store(EngineConfig cfg) {
    try (Store store = Store.open(cfg.store(), InstantSource.system())) {
      return new Part(store.dialectName(), true, null);
    } catch (RuntimeException e) {
      return new Part("store", false, e.getMessage());
    }
  }

  private static Part test(Connector connector) {
    try {
      connector.testConnection();
      return new Part(connector.connectionName(), true, null);
    } catch (RuntimeException e) {
      return new Part(connector.connectionName(), false, e.getMessage());
    }
  }

  private static void print(Result r, PrintWriter out) {
    out.println(
        "config "
            + r.config()
            + ": ok ("
            + r.connections()
            + " connections, "
            + r.flows()
            + " flows)");
    out.println(
        r.store().ok()
            ? "store (" + r.store().name() + "): ok"
            : "store: FAILED: " + r.store().error());
    for (Part c : r.tested()) {
      out.println("connection " + c.name() + ": " + (c.ok() ? "ok" : "FAILED: " + c.error()));
    }
    out.flush();
  }
}
