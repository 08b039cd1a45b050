package io.assetbridge.app;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
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

  @Option(
      names = "--json",
      description = "print results as JSON Lines: one per asset, then a summary")
  boolean json;

  @Spec CommandSpec spec;

  /** Whether progress may be redrawn in place; tests set it. */
  boolean terminal = Terminal.attached();

  InstantSource clock = InstantSource.system();

  /** The pass's final figures, as {@code --json} prints them. */
  record Summary(
      String type,
      String flow,
      long done,
      long dead,
      long left,
      int changes,
      int newJobs,
      double seconds) {}

  /** {@code --dry-run --json}: what would happen to one asset, then how many were looked at. */
  record DryRunLine(String type, String flow, String result) {}

  record DryRunSummary(String type, String flow, boolean dryRun, int assets) {}

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(config.load(), InstantSource.system())) {
      engine.config().flow(flow);
      if (dryRun) {
        return dryRun(engine, out);
      }
      var progress = SyncProgress.of(spec.commandLine().getErr(), terminal, clock);
      var results = json ? new StepJson(new JsonLines(out)) : new StepPrinter(out);
      long started = System.nanoTime();
      var first = new AtomicReference<SyncPass.Progress>();
      SyncPass.Progress last =
          new SyncPass(engine)
              .run(
                  flow,
                  since,
                  p -> {
                    first.compareAndSet(null, p);
                    progress.accept(p);
                  },
                  report -> progress.printAbove(() -> results.accept(report)));
      progress.finish(last);
      summarize(
          out, first.get() == null ? last : first.get(), last, (System.nanoTime() - started) / 1e9);
      return last.dead() > 0 ? Main.FAILED : 0;
    }
  }

  private void summarize(
      java.io.PrintWriter out, SyncPass.Progress first, SyncPass.Progress last, double seconds) {
    long done = last.done() - first.done();
    long dead = last.dead() - first.dead();
    if (json) {
      new JsonLines(out)
          .write(
              new Summary(
                  "summary",
                  flow,
                  done,
                  dead,
                  last.unfinished(),
                  last.poll().changes(),
                  last.poll().jobs(),
                  Math.round(seconds * 1000) / 1000.0));
      return;
    }
    out.println(
        last.dead() > 0
            ? "sync finished with " + last.dead() + " dead job(s): see `jobs list --state dead`"
            : "sync finished: " + done + " job(s) done");
    out.flush();
  }

  private int dryRun(Engine engine, java.io.PrintWriter out) {
    JsonLines lines = new JsonLines(out);
    java.util.function.Consumer<String> say =
        json ? line -> lines.write(new DryRunLine("dry-run", flow, line)) : out::println;
    int n = new SyncPass(engine).dryRun(flow, since, say);
    if (json) {
      lines.write(new DryRunSummary("summary", flow, true, n));
    } else {
      out.println("dry run: " + n + " changed asset(s) looked at; nothing was written");
    }
    out.flush();
    return 0;
  }
}
