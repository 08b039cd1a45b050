package io.assetbridge.app;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sync FLOW}: one pass of a flow in the foreground, or a dry run that changes nothing. */
@Command(
    name = "sync",
    description = "Run one pass of a flow now and wait until its jobs are finished.")
final class SyncCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FLOW", description = "the flow's name in the config")
  String flow;

  @Mixin ConfigOption config;

  @Option(
      names = "--dry-run",
      description = "say what would happen to each changed asset; change nothing")
  boolean dryRun;

  @Option(
      names = "--since",
      paramLabel = "INSTANT",
      description = "look at changes since this ISO-8601 instant instead of the saved cursor")
  Instant since;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(config.load(), InstantSource.system())) {
      engine.config().flow(flow);
      if (dryRun) {
        return dryRun(engine, out);
      }
      var progress = new ProgressLines(out);
      SyncPass.Progress last =
          new SyncPass(engine).run(flow, since, progress, new StepPrinter(out));
      progress.finish(last);
      return last.dead() > 0 ? Main.FAILED : 0;
    }
  }

  private int dryRun(Engine engine, java.io.PrintWriter out) {
    int n = new SyncPass(engine).dryRun(flow, since, out::println);
    out.println("dry run: " + n + " changed asset(s) looked at; nothing was written");
    out.flush();
    return 0;
  }
}
