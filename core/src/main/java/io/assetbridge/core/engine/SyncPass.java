package io.assetbridge.core.engine;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.flow.DryRun;
import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.core.flow.StepReport;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.RetryableException;
import io.assetbridge.store.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One foreground pass of a flow: poll its source once, then work until none of the flow's jobs is
 * pending or running (dead ones are left for {@code jobs retry}).
 */
public final class SyncPass {
  private final Engine engine;

  public SyncPass(Engine engine) {
    this.engine = engine;
  }

  /** Progress after each poll and each finished step. */
  public record Progress(long done, long dead, long unfinished, Poller.PollResult poll) {}

  public Progress run(
      String flow, Instant since, Consumer<Progress> progress, Consumer<StepReport> steps) {
    FlowPlan plan = pollable(flow);
    if (engine.store().inTransaction(tx -> tx.flowSwitches().isDisabled(flow))) {
      throw new FlowDisabled(flow);
    }
    engine.rightsClock().fireDue();
    Poller.PollResult poll = pollWithRetries(plan, since);
    progress.accept(snapshot(flow, poll));
    try (WorkerPool pool = engine.startWorkers(Set.of(flow), steps)) {
      Progress last = snapshot(flow, poll);
      while (last.unfinished() > 0) {
        sleep(Duration.ofMillis(250));
        Progress now = snapshot(flow, poll);
        if (!now.equals(last)) {
          progress.accept(now);
        }
        last = now;
      }
      return last;
    }
  }

  /**
   * Says per changed asset what the flow would do, writing nothing; {@code since} replaces the
   * saved cursor. Returns how many assets were looked at.
   */
  public int dryRun(String flow, Instant since, Consumer<String> out) {
    FlowPlan plan = pollable(flow);
    return new DryRun(engine.store(), engine.clock()).run(plan, since, out);
  }

  private FlowPlan pollable(String flow) {
    FlowPlan plan = engine.plans().get(flow);
    if (plan == null) {
      engine.config().flow(flow); // throws the "no such flow" error naming the choices
    }
    if (plan.changeSources().isEmpty()) {
      throw new ConfigException(
          "flow '"
              + flow
              + "': connection '"
              + plan.config().source()
              + "' cannot list changes to poll");
    }
    return plan;
  }

  /** A pass of a switched-off flow would wait forever: no worker claims its jobs. */
  public static final class FlowDisabled extends RuntimeException {
    FlowDisabled(String flow) {
      super(
          "flow '"
              + flow
              + "' is disabled; enable it first on the dashboard's overview or with POST /api/flows/"
              + flow
              + "/enable");
    }
  }

  /**
   * A poll that fails transiently is tried again, after the backoff or the platform's Retry-After.
   */
  private Poller.PollResult pollWithRetries(FlowPlan plan, Instant since) {
    Poller.PollResult sum = new Poller.PollResult(0, 0, 0);
    for (ChangeSource source : plan.changeSources()) {
      Poller.PollResult r = pollWithRetries(plan, source, since);
      sum =
          new Poller.PollResult(
              sum.changes() + r.changes(), sum.newEvents() + r.newEvents(), sum.jobs() + r.jobs());
    }
    return sum;
  }

  private Poller.PollResult pollWithRetries(FlowPlan plan, ChangeSource source, Instant since) {
    Backoff backoff = new Backoff(plan.config().backoffInitial(), plan.config().backoffMax());
    for (int attempt = 1; ; attempt++) {
      try {
        return engine.poller().poll(source, since);
      } catch (RetryableException e) {
        if (attempt >= plan.config().attempts()) {
          throw e;
        }
        sleep(backoff.delay(attempt, e.retryAfter()));
      }
    }
  }

  /**
   * All four figures from one query: counted apart, a job that died between the two reads was
   * neither dead nor unfinished, and the pass ended reporting it as neither.
   */
  private Progress snapshot(String flow, Poller.PollResult poll) {
    Map<JobState, Long> counts = engine.store().inTransaction(tx -> tx.jobs().counts(flow));
    return new Progress(
        counts.get(JobState.DONE),
        counts.get(JobState.DEAD),
        counts.get(JobState.PENDING) + counts.get(JobState.RUNNING),
        poll);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
