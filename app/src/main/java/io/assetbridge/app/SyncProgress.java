package io.assetbridge.app;

import io.assetbridge.core.engine.SyncPass;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Consumer;

/**
 * How a sync shows its progress on standard error: a bar redrawn in place on a terminal, plain
 * lines at most once a second otherwise (logs, CI). Standard output keeps only results.
 */
abstract class SyncProgress implements Consumer<SyncPass.Progress> {
  // the display on screen now, if any: log lines from any thread step around it too
  private static volatile SyncProgress onScreen;
  protected final PrintWriter err;
  private final InstantSource clock;
  private Instant started;
  private SyncPass.Progress first;

  SyncProgress(PrintWriter err, InstantSource clock) {
    this.err = err;
    this.clock = clock;
  }

  static SyncProgress of(PrintWriter err, boolean terminal, InstantSource clock) {
    return terminal ? new ProgressBar(err, clock) : new ProgressLines(err, clock);
  }

  @Override
  public final synchronized void accept(SyncPass.Progress p) {
    Instant now = clock.instant();
    if (first == null) {
      first = p;
      started = now;
    }
    show(p, PassFigures.of(first, p, Duration.between(started, now)), now, false);
  }

  /** The last figures, shown whatever the throttle says, then the end of the display. */
  final synchronized void finish(SyncPass.Progress p) {
    if (first == null) {
      first = p;
      started = clock.instant();
    }
    Instant now = clock.instant();
    show(p, PassFigures.of(first, p, Duration.between(started, now)), now, true);
    err.flush();
  }

  /**
   * Prints result lines (on standard output, which may be the same terminal) without tearing the
   * progress display: the bar steps aside and comes back below them.
   */
  synchronized void printAbove(Runnable print) {
    print.run();
  }

  /**
   * Runs a log line's write above the display on screen, if there is one; logging goes through here
   * ({@link StderrAppender}), so a warning mid-sync does not land inside the bar.
   */
  static void printLogLine(Runnable print) {
    SyncProgress shown = onScreen;
    if (shown == null) {
      print.run();
    } else {
      shown.printAbove(print);
    }
  }

  /** Called by a display that redraws in place while it is on screen, and when it is gone. */
  protected final void onScreen(boolean shown) {
    onScreen = shown ? this : null;
  }

  protected abstract void show(SyncPass.Progress p, PassFigures figures, Instant now, boolean last);
}
