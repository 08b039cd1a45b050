package io.assetbridge.app.demo;

import io.assetbridge.store.JobState;
import io.assetbridge.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells when the demo's first pass is over ({@code demo --once}): every flow has had jobs, and a
 * round of polls began with no job unfinished and queued none. So whatever the jobs wrote (a NetX
 * copy, a write-back to PhotoShelter) was polled and had its turn too.
 */
public final class FirstPass {
  private final Store store;
  private final Collection<String> flows;
  private final BlockingQueue<Round> rounds = new LinkedBlockingQueue<>();
  private volatile JobCounts started;

  /** The job queue at one moment: jobs ever queued, and those pending or running. */
  private record JobCounts(long jobs, long unfinished) {}

  /** The job queue as a poll round began and as it ended. */
  private record Round(JobCounts before, JobCounts after) {
    boolean foundNothingNew() {
      return before.unfinished() == 0 && after.unfinished() == 0 && after.jobs() == before.jobs();
    }
  }

  /** Jobs done and dead so far; {@code over} is false when the wait ran out first. */
  public record Outcome(boolean over, long done, long dead, List<String> flowsWithoutJobs) {}

  public FirstPass(Store store, Collection<String> flows) {
    this.store = store;
    this.flows = List.copyOf(flows);
  }

  /** Called by the engine's poller before each round of polls. */
  public void roundStarting() {
    started = queue();
  }

  /** Called by the engine's poller once it has polled every source in the round. */
  public void roundDone() {
    if (started != null) {
      rounds.add(new Round(started, queue()));
    }
  }

  /** Waits at most {@code timeout} for the first pass to be over. */
  public Outcome await(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      long left = Duration.between(Instant.now(), deadline).toMillis();
      Round round = left > 0 ? rounds.poll(left, TimeUnit.MILLISECONDS) : null;
      if (round == null) {
        return outcome(false);
      }
      if (round.foundNothingNew() && flowsWithoutJobs().isEmpty()) {
        return outcome(true);
      }
    }
  }

  private JobCounts queue() {
    Map<JobState, Long> counts = counts(null);
    return new JobCounts(
        counts.values().stream().mapToLong(Long::longValue).sum(),
        counts.get(JobState.PENDING) + counts.get(JobState.RUNNING));
  }

  private Outcome outcome(boolean over) {
    Map<JobState, Long> counts = counts(null);
    return new Outcome(
        over, counts.get(JobState.DONE), counts.get(JobState.DEAD), flowsWithoutJobs());
  }

  private List<String> flowsWithoutJobs() {
    return flows.stream()
        .filter(f -> counts(f).values().stream().mapToLong(Long::longValue).sum() == 0)
        .toList();
  }

  private Map<JobState, Long> counts(String flow) {
    return store.inTransaction(tx -> tx.jobs().counts(flow));
  }
}
