package io.assetbridge.app;

import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.engine.Engine;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: pollers, workers and the HTTP server until stopped. */
@Command(
    name = "run",
    description = "Run the engine: take webhooks, poll sources and work jobs until stopped.")
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = "--host",
      defaultValue = ServerOptions.LOOPBACK,
      description = "the address the HTTP server binds (default ${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    var out = spec.commandLine().getOut();
    InstantSource clock = InstantSource.system();
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopGracefully(stop, stopped)));
    try (Engine engine = Engine.open(config.load(), clock)) {
      engine.startWorkers(Set.of(), new StepPrinter(out));
      engine.startPolling();
      // closed before the engine, so no webhook reaches a closing store
      try (EngineServer server = startServer(engine, clock)) {
        announce(engine, server, out);
        stop.await();
      }
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  private EngineServer startServer(Engine engine, InstantSource clock) {
    return EngineServer.start(
        engine, clock, ServerOptions.from(engine.config().server()).withHost(host));
  }

  private static void announce(Engine engine, EngineServer server, PrintWriter out) {
    out.println(
        "assetbridge is running "
            + engine.plans().size()
            + " flow(s) on "
            + engine.store().dialectName()
            + "; Ctrl-C stops it");
    out.println("HTTP server on " + server.url() + "   (webhooks: POST /hooks/<connection>)");
    out.flush();
  }

  // The JVM exits when its shutdown hooks end: wait here until server and engine are closed.
  private static void stopGracefully(CountDownLatch stop, CountDownLatch stopped) {
    stop.countDown();
    try {
      stopped.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
