package io.assetbridge.core.engine;

import io.assetbridge.core.expr.ExpressionException;
import io.assetbridge.core.flow.AssetStep;
import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.core.flow.FlowStep;
import io.assetbridge.core.flow.IngestStep;
import io.assetbridge.core.flow.PublishStep;
import io.assetbridge.core.flow.StepReport;
import io.assetbridge.core.flow.WriteBackStep;
import io.assetbridge.core.sync.TwoWayStep;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import io.assetbridge.store.AuditEntry;
import io.assetbridge.store.Job;
import io.assetbridge.store.Store;
import io.assetbridge.store.Tx;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one claimed job and records its end in one transaction: the step's link, distributions and
 * audit with the job's new state. A retryable failure waits for the backoff (or Retry-After); a
 * permanent one, or the last attempt, makes the job dead.
 */
public final class JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
  private final Store store;
  private final Map<String, FlowPlan> plans;
  private final AssetStep step;
  private final WriteBackStep writeBack;
  private final IngestStep ingest;
  private final TwoWayStep twoWay;
  private final PublishStep publish;
  private final InstantSource clock;
  private final String owner;
  private final Consumer<StepReport> listener;

  public JobRunner(
      Store store,
      Map<String, FlowPlan> plans,
      InstantSource clock,
      String owner,
      Consumer<StepReport> listener) {
    this.store = store;
    this.plans = plans;
    this.step = new AssetStep(store, clock, owner);
    this.writeBack = new WriteBackStep(store, clock, owner);
    this.ingest = new IngestStep(clock, owner);
    this.twoWay = new TwoWayStep(store, clock, owner);
    this.publish = new PublishStep(store, clock, owner);
    this.clock = clock;
    this.owner = owner;
    this.listener = listener;
  }

  /** Runs the job with its flow, id and asset in the logging context, so every line names them. */
  public void run(Job job) {
    long started = System.nanoTime();
    MDC.put("flow", job.flow());
    MDC.put("job", String.valueOf(job.id()));
    MDC.put("asset", job.sourceRef());
    String outcome = "lost";
    try {
      outcome = attempt(job);
    } finally {
      EngineMetrics.attemptFinished(
          job.flow(), outcome, Duration.ofNanos(System.nanoTime() - started));
      if (outcome.equals("done") || outcome.equals("dead")) {
        EngineMetrics.jobEnded(
            job.flow(), outcome, Duration.between(job.createdAt(), clock.instant()));
      }
      MDC.remove("flow");
      MDC.remove("job");
      MDC.remove("asset");
    }
  }

  /** Returns how the attempt ended: done, retry, dead or lost. */
  private String attempt(Job job) {
    FlowPlan plan = plans.get(job.flow());
    if (plan == null) {
      return fail(job, "flow '" + job.flow() + "' is no longer configured", true, null);
    }
    try {
      FlowStep chosen =
          switch (plan.config().action()) {
            case "write-back" -> writeBack;
            case "ingest" -> ingest;
            case "sync" -> twoWay;
            case "publish" -> publish;
            default -> step;
          };
      StepReport report = chosen.run(plan, job);
      commit(job, report);
      EngineMetrics.auditAppended(job.flow(), report.audit().size());
      listener.accept(report);
      return "done";
    } catch (RetryableException e) {
      return fail(job, e.getMessage(), job.attempts() >= plan.config().attempts(), e.retryAfter());
    } catch (PermanentException | ExpressionException e) {
      return fail(job, e.getMessage(), true, null);
    } catch (LeaseLost e) {
      LOG.info("job {} was taken over by another worker; its result is discarded", job.id());
      return "lost";
    } catch (RuntimeException e) {
      LOG.warn("job {} failed unexpectedly", job.id(), e);
      return fail(job, "unexpected: " + e, job.attempts() >= plan.config().attempts(), null);
    }
  }

  private void commit(Job job, StepReport report) {
    store.run(
        tx -> {
          for (StepReport.LinkUpdate l : report.links()) {
            tx.links()
                .save(
                    job.flow(), l.sourceRef(), l.targetRef(), l.sourceVersion(), l.fingerprints());
          }
          report
              .distributions()
              .forEach(
                  d ->
                      tx.distributions()
                          .record(
                              job.flow(),
                              job.sourceRef(),
                              d.routeKey(),
                              d.targetRef(),
                              d.distributionId()));
          report.audit().forEach(tx.audit()::append);
          if (!tx.jobs().complete(job.id(), owner, report.outcome())) {
            throw new LeaseLost();
          }
        });
  }

  private String fail(Job job, String error, boolean dead, Duration retryAfter) {
    FlowPlan plan = plans.get(job.flow());
    store.run(
        tx -> {
          boolean ok;
          if (dead) {
            ok = tx.jobs().bury(job.id(), owner, error);
            audit(tx, job, "failed", "dead after " + job.attempts() + " attempt(s): " + error);
          } else {
            Backoff backoff =
                new Backoff(plan.config().backoffInitial(), plan.config().backoffMax());
            ok =
                tx.jobs()
                    .retryLater(
                        job.id(),
                        owner,
                        clock.instant().plus(backoff.delay(job.attempts(), retryAfter)),
                        error);
          }
          if (!ok) {
            throw new LeaseLost();
          }
        });
    LOG.info(
        "job {} ({} {}) {}: {}",
        job.id(),
        job.flow(),
        job.sourceRef(),
        dead ? "is dead" : "will retry",
        error);
    if (dead) {
      EngineMetrics.auditAppended(job.flow(), 1);
      return "dead";
    }
    EngineMetrics.retryScheduled(job.flow());
    return "retry";
  }

  private void audit(Tx tx, Job job, String action, String detail) {
    tx.audit()
        .append(
            new AuditEntry(
                owner, job.flow(), job.id(), action, job.sourceRef(), null, "error", detail));
  }

  /** The job's lease passed to another worker; this worker's result must not be committed. */
  static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("lease lost", null, false, false);
    }
  }
}
