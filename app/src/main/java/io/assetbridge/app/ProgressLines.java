package io.assetbridge.app;

import io.assetbridge.core.engine.SyncPass;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Plain progress lines for a sync, at most one a second: counts, rate and what is left. */
final class ProgressLines implements Consumer<SyncPass.Progress> {
  private final PrintWriter out;
  private final Instant started = Instant.now();
  private Instant lastPrinted = Instant.EPOCH;

  ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void accept(SyncPass.Progress p) {
    Instant now = Instant.now();
    if (Duration.between(lastPrinted, now).toMillis() < 1000 && p.unfinished() > 0) {
      return;
    }
    lastPrinted = now;
    double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    out.printf(
        "progress: %d done, %d dead, %d left (polled %d changes, %d new jobs) %.1f jobs/s%n",
        p.done(),
        p.dead(),
        p.unfinished(),
        p.poll().changes(),
        p.poll().jobs(),
        p.done() / seconds);
    out.flush();
  }

  void finish(SyncPass.Progress p) {
    lastPrinted = Instant.EPOCH;
    accept(p);
    out.println(
        p.dead() > 0
            ? "sync finished with " + p.dead() + " dead job(s): see `jobs list --state dead`"
            : "sync finished");
    out.flush();
  }
}
