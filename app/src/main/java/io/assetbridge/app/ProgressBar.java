package io.assetbridge.app;

import io.assetbridge.core.engine.SyncPass;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.InstantSource;

/** A progress bar redrawn in place with a carriage return: counts, rate and ETA. */
final class ProgressBar extends SyncProgress {
  static final int WIDTH = 30;
  private String drawn = "";

  ProgressBar(PrintWriter err, InstantSource clock) {
    super(err, clock);
  }

  @Override
  protected void show(SyncPass.Progress p, PassFigures f, Instant now, boolean last) {
    String line =
        String.format(
            "%s %d/%d  %d dead  %.1f jobs/s  ETA %s",
            bar(f), f.done(), f.total(), f.dead(), f.perSecond(), last ? "0:00" : f.etaText());
    // pad over what a longer earlier line left on screen
    err.print("\r" + line + " ".repeat(Math.max(0, drawn.length() - line.length())));
    drawn = line;
    onScreen(!last);
    if (last) {
      err.println();
      drawn = "";
    }
    err.flush();
  }

  @Override
  synchronized void printAbove(Runnable print) {
    if (drawn.isEmpty()) {
      print.run();
      return;
    }
    err.print("\r" + " ".repeat(drawn.length()) + "\r");
    err.flush();
    print.run();
    err.print(drawn);
    err.flush();
  }

  private static String bar(PassFigures f) {
    long total = f.total();
    int filled = total == 0 ? WIDTH : (int) ((f.done() + f.dead()) * WIDTH / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
  }
}
