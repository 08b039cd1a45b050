package io.assetbridge.core.engine;

import io.assetbridge.store.Job;
import io.assetbridge.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that claim due jobs under a lease and run them, plus a heartbeat that renews the
 * leases of running jobs so a slow upload is not taken over while its worker is alive. Threads are
 * stopped by a latch, never interrupted: an interrupt during H2 file I/O closes the database.
 */
public final class WorkerPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
  private static final Duration IDLE = Duration.ofMillis(200);
  private final Store store;
  private final JobRunner runner;
  private final String owner;
  private final Duration lease;
  private final Set<String> flows;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final List<Thread> threads = new ArrayList<>();

  public WorkerPool(
      Store store, JobRunner runner, String owner, Duration lease, Set<String> flows) {
    this.store = store;
    this.runner = runner;
    this.owner = owner;
    this.lease = lease;
    this.flows = flows;
  }

  public WorkerPool start(int workers) {
    for (int i = 0; i < workers; i++) {
      threads.add(Thread.ofVirtual().name("worker-" + i).start(this::work));
    }
    threads.add(Thread.ofVirtual().name("heartbeat").start(this::heartbeat));
    return this;
  }

  private void work() {
    while (stopping.getCount() > 0) {
      try {
        List<Job> jobs = store.inTransaction(tx -> tx.jobs().claim(owner, 1, lease, flows));
        if (jobs.isEmpty()) {
          pause(IDLE);
        }
        jobs.forEach(this::runQuietly);
      } catch (RuntimeException e) {
        LOG.warn("claiming jobs failed; trying again shortly: {}", e.getMessage());
        pause(IDLE);
      }
    }
  }

  private void runQuietly(Job job) {
    try {
      runner.run(job);
    } catch (RuntimeException e) {
      LOG.warn("job {} could not be recorded: {}", job.id(), e.getMessage());
    }
  }

  private void heartbeat() {
    while (!pause(lease.dividedBy(3))) {
      try {
        store.inTransaction(tx -> tx.jobs().renewLeases(owner, lease));
      } catch (RuntimeException e) {
        LOG.warn("renewing leases failed: {}", e.getMessage());
      }
    }
  }

  /** Waits up to {@code d}; true when the pool is stopping. */
  private boolean pause(Duration d) {
    try {
      return stopping.await(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  @Override
  public void close() {
    stopping.countDown();
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
