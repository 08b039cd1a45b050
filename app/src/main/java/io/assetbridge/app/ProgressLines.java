package io.assetbridge.app;

import io.assetbridge.core.engine.SyncPass;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Plain progress lines, at most one a second: counts, rate, what is left and the ETA. */
final class ProgressLines extends SyncProgress {
  private Instant lastPrinted = Instant.EPOCH;

  ProgressLines(PrintWriter err, InstantSource clock) {
    super(err, clock);
  }

  @Override
  protected void show(SyncPass.Progress p, PassFigures f, Instant now, boolean last) {
    if (!last && p.unfinished() > 0 && Duration.between(lastPrinted, now).toMillis() < 1000) {
      return;
    }
    lastPrinted = now;
    err.printf(
        "progress: %d/%d done, %d dead, %d left, %.1f jobs/s, ETA %s (polled %d changes, %d new"
            + " jobs)%n",
        f.done(),
        f.total(),
        f.dead(),
        f.left(),
        f.perSecond(),
        f.etaText(),
        p.poll().changes(),
        p.poll().jobs());
    err.flush();
  }
}
