package io.assetbridge.core.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The engine's meters, on Micrometer's global registry: the application decides where they are
 * published (Prometheus at {@code /metrics}); without a registry they cost next to nothing.
 */
public final class EngineMetrics {
  private EngineMetrics() {}

  /** New events (after de-duplication) from a source connection, by poll or webhook. */
  static void eventReceived(String connection) {
    Counter.builder("assetbridge.events.received")
        .description("new events recorded, per source connection")
        .tag("connection", connection)
        .register(Metrics.globalRegistry)
        .increment();
  }

  static void auditAppended(String flow, int records) {
    if (records > 0) {
      Counter.builder("assetbridge.audit.appended")
          .description("audit records appended")
          .tag("flow", flow == null ? "none" : flow)
          .register(Metrics.globalRegistry)
          .increment(records);
    }
  }

  static void retryScheduled(String flow) {
    Counter.builder("assetbridge.job.retries")
        .description("failed job attempts scheduled to run again")
        .tag("flow", flow)
        .register(Metrics.globalRegistry)
        .increment();
  }

  /** One job attempt's run time; outcome is done, retry, dead or lost (lease taken over). */
  static void attemptFinished(String flow, String outcome, Duration took) {
    jobTimer(
            "assetbridge.job.latency",
            "time to run one job attempt, per flow and outcome",
            flow,
            outcome,
            Duration.ofMillis(5),
            Duration.ofMinutes(10))
        .record(took);
  }

  /**
   * A job's whole wait, from its creation (when its event was recorded) to its end, retries and
   * queueing included: how long a change takes to arrive, which is what people ask about.
   */
  static void jobEnded(String flow, String outcome, Duration sinceCreated) {
    jobTimer(
            "assetbridge.job.age",
            "time from a job's creation to done or dead, per flow and outcome",
            flow,
            outcome,
            Duration.ofMillis(10),
            Duration.ofHours(6))
        .record(sinceCreated.isNegative() ? Duration.ZERO : sinceCreated);
  }

  /** A histogram per flow and outcome, with buckets between the expected bounds. */
  private static Timer jobTimer(
      String name, String description, String flow, String outcome, Duration min, Duration max) {
    return Timer.builder(name)
        .description(description)
        .tag("flow", flow)
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .minimumExpectedValue(min)
        .maximumExpectedValue(max)
        .register(Metrics.globalRegistry);
  }
}
