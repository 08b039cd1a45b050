package io.assetbridge.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Progress of a stream of lines of unknown length (an export) on standard error: a count and rate
 * redrawn in place on a terminal, a plain line at most every second otherwise.
 */
final class CountProgress {
  private final String what;
  private final PrintWriter err;
  private final boolean terminal;
  private final InstantSource clock;
  private final Instant started;
  private Instant shown = Instant.EPOCH;
  private long count;

  CountProgress(String what, PrintWriter err, boolean terminal, InstantSource clock) {
    this.what = what;
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.instant();
  }

  /** The writer, counting each line written through it. */
  Writer counting(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(String text, int off, int len) throws IOException {
        super.write(text, off, len);
        lines(text, off, len);
      }

      @Override
      public void write(char[] text, int off, int len) throws IOException {
        super.write(text, off, len);
        lines(new String(text, off, len), 0, len);
      }

      @Override
      public void write(int c) throws IOException {
        super.write(c);
        if (c == '\n') {
          tick();
        }
      }
    };
  }

  private void lines(String text, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (text.charAt(i) == '\n') {
        tick();
      }
    }
  }

  void tick() {
    count++;
    Instant now = clock.instant();
    if (Duration.between(shown, now).toMillis() >= (terminal ? 100 : 1000)) {
      shown = now;
      show(now, false);
    }
  }

  void finish() {
    if (count > 0 && (terminal || !shown.equals(Instant.EPOCH))) {
      show(clock.instant(), true);
    }
  }

  private void show(Instant now, boolean last) {
    double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    String line = String.format("%s: %d line(s), %.0f/s", what, count, count / seconds);
    if (terminal) {
      err.print("\r" + line + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }
}
