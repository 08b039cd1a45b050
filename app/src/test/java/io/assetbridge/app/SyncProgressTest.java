package io.assetbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.core.engine.Poller;
import io.assetbridge.core.engine.SyncPass;
import io.assetbridge.testkit.SettableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Progress as a person sees it, on a terminal and in a log, with a set clock. */
class SyncProgressTest {
  private static final Poller.PollResult POLL = new Poller.PollResult(30, 30, 20);
  private final SettableClock clock = SettableClock.at("2026-01-01T00:00:00Z");
  private final StringWriter err = new StringWriter();

  /** A pass of 20 jobs in a store that already held 5 done from an earlier pass. */
  private static SyncPass.Progress at(long done, long dead, long left) {
    return new SyncPass.Progress(5 + done, dead, left, POLL);
  }

  @Test
  void onATerminalABarIsRedrawnInPlaceWithCountsRateAndEta() {
    SyncProgress bar = SyncProgress.of(new PrintWriter(err), true, clock);
    bar.accept(at(0, 0, 20));
    clock.advance(Duration.ofSeconds(5));
    bar.accept(at(9, 1, 10));
    bar.finish(at(19, 1, 0));

    String[] frames = err.toString().split("\r", -1);
    assertThat(frames[0]).isEmpty();
    assertThat(frames[1]).startsWith("[" + ".".repeat(30) + "] 0/20  0 dead  0.0 jobs/s  ETA ?");
    assertThat(frames[2])
        .startsWith("[" + "#".repeat(15) + ".".repeat(15) + "] 9/20  1 dead  2.0 jobs/s  ETA 0:05");
    assertThat(frames[3]).startsWith("[" + "#".repeat(30) + "] 19/20  1 dead").endsWith("\n");
    assertThat(err.toString()).doesNotContain("progress:");
  }

  @Test
  void resultLinesOnTheSameTerminalPushTheBarDownInsteadOfTearingIt() {
    PrintWriter terminal = new PrintWriter(err);
    SyncProgress bar = SyncProgress.of(terminal, true, clock);
    bar.accept(at(0, 0, 2));
    String frame = err.toString().substring(1);
    bar.printAbove(() -> terminal.print("[flow] ps:I1 created → vip:ast_1\n"));

    assertThat(err.toString())
        .isEqualTo(
            "\r"
                + frame
                + "\r"
                + " ".repeat(frame.length())
                + "\r[flow] ps:I1 created → vip:ast_1\n"
                + frame);
  }

  @Test
  void aLogLineFromAnotherThreadStepsAroundTheBar() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
    System.setErr(terminal);
    try {
      Main.commandLine().parseArgs("--log-format", "text", "help");
      SyncProgress bar = SyncProgress.of(new PrintWriter(terminal), true, clock);
      bar.accept(at(0, 0, 2));
      String frame = screen.toString(StandardCharsets.UTF_8).substring(1);
      Thread worker =
          Thread.ofVirtual()
              .start(() -> LoggerFactory.getLogger("Job").warn("ps: 503, retrying in 2s"));
      worker.join();
      bar.finish(at(2, 0, 0));
      String after = screen.toString(StandardCharsets.UTF_8).substring(1 + frame.length());

      assertThat(after)
          .matches(
              "\\r {"
                  + frame.length()
                  + "}\\r\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  Job: ps: 503, retrying in 2s\\n"
                  + Pattern.quote(frame)
                  + "\\r\\[#{30}\\] 2/2 .*\\n");
      // once the bar is finished, log lines are written as they are
      LoggerFactory.getLogger("Job").info("done");
      assertThat(screen.toString(StandardCharsets.UTF_8)).endsWith("INFO  Job: done\n");
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void withoutATerminalPlainLinesComeAtMostOnceASecond() {
    SyncProgress lines = SyncProgress.of(new PrintWriter(err), false, clock);
    lines.accept(at(0, 0, 20));
    clock.advance(Duration.ofMillis(300));
    lines.accept(at(2, 0, 18)); // within the second: not printed
    clock.advance(Duration.ofMillis(900));
    lines.accept(at(4, 0, 16));
    lines.finish(at(20, 0, 0));

    assertThat(err.toString())
        .doesNotContain("\r")
        .isEqualTo(
            """
            progress: 0/20 done, 0 dead, 20 left, 0.0 jobs/s, ETA ? (polled 30 changes, 20 new jobs)
            progress: 4/20 done, 0 dead, 16 left, 3.3 jobs/s, ETA 0:05 (polled 30 changes, 20 new jobs)
            progress: 20/20 done, 0 dead, 0 left, 16.7 jobs/s, ETA 0:00 (polled 30 changes, 20 new jobs)
            """);
  }

  @Test
  void anExportCountsItsLinesOnStandardError() throws Exception {
    var progress = new CountProgress("audit export", new PrintWriter(err), false, clock);
    StringWriter file = new StringWriter();
    try (Writer out = progress.counting(file)) {
      for (int i = 0; i < 5; i++) {
        clock.advance(Duration.ofMillis(500));
        out.write("{\"seq\":" + i + "}\n");
      }
    }
    progress.finish();
    assertThat(file.toString().lines()).hasSize(5);
    assertThat(err.toString().lines())
        .containsExactly(
            "audit export: 1 line(s), 2/s",
            "audit export: 3 line(s), 2/s",
            "audit export: 5 line(s), 2/s",
            "audit export: 5 line(s), 2/s");
  }
}
