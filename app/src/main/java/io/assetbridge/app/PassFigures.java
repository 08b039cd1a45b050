package io.assetbridge.app;

import io.assetbridge.core.engine.SyncPass;
import java.time.Duration;

/**
 * A sync pass's figures so far, counted from its first snapshot (the store's counts include earlier
 * passes): finished and dead jobs, jobs left, the rate and the estimated time left.
 */
record PassFigures(long done, long dead, long left, double perSecond, Duration eta) {

  static PassFigures of(SyncPass.Progress first, SyncPass.Progress now, Duration elapsed) {
    long done = now.done() - first.done();
    long dead = now.dead() - first.dead();
    double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
    double rate = (done + dead) / seconds;
    Duration eta = rate > 0 ? Duration.ofMillis(Math.round(now.unfinished() / rate * 1000)) : null;
    return new PassFigures(done, dead, now.unfinished(), rate, eta);
  }

  long total() {
    return done + dead + left;
  }

  /** "0:42", "1:02:03", or "?" before the first job finished. */
  String etaText() {
    if (eta == null) {
      return "?";
    }
    long s = (eta.toMillis() + 999) / 1000; // rounded up: "0:00" only when done
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
