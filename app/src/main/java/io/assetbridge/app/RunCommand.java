package io.assetbridge.app;

import io.assetbridge.core.engine.Engine;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code run}: pollers and workers until stopped. */
@Command(name = "run", description = "Run the engine: poll sources and work jobs until stopped.")
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    var out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(config.load(), InstantSource.system())) {
      engine.startWorkers(Set.of(), new StepPrinter(out));
      engine.startPolling();
      out.println(
          "assetbridge is running "
              + engine.plans().size()
              + " flow(s) on "
              + engine.store().dialectName()
              + "; Ctrl-C stops it");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}
