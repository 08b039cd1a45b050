package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

interface JobClaimConcurrencyContract extends StoreFixture {
  int THREADS = 4;
  Duration LEASE = Duration.ofMinutes(5);

  @Test
  default void concurrentClaimersNeverClaimOneJobTwice() throws Exception {
    enqueue(800, 800);
    List<List<Long>> perWorker =
        runWorkers((owner, failed) -> claimAndComplete(owner, 5, null, failed));
    List<Long> all = perWorker.stream().flatMap(List::stream).toList();
    assertThat(all).hasSize(800).doesNotHaveDuplicates();
    assertThat(perWorker).allSatisfy(claimed -> assertThat(claimed).isNotEmpty());
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().counts(null)))
        .containsEntry(JobState.DONE, 800L);
  }

  @Test
  default void concurrentClaimersNeverRunOneAssetTwice() throws Exception {
    enqueue(120, 6);
    Map<String, String> running = new ConcurrentHashMap<>();
    List<List<Long>> perWorker =
        runWorkers((owner, failed) -> claimAndComplete(owner, 2, running, failed));
    assertThat(perWorker.stream().mapToInt(List::size).sum()).isEqualTo(120);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().unfinished(null))).isZero();
  }

  /** Jobs spread over the given number of assets (source refs), all due now. */
  private void enqueue(int jobs, int assets) {
    store()
        .run(
            tx -> {
              for (int i = 0; i < jobs; i++) {
                String object = "I" + (i % assets);
                long event =
                    tx.events().insertIfNew(StoreFixture.change(object, "v" + i)).orElseThrow();
                tx.jobs().enqueue("f", event, "ps:" + object, tx.now());
              }
            });
  }

  /**
   * Runs the loop on every worker at once. A failing worker stops the others through a flag, not an
   * interrupt: an interrupt inside H2's file I/O closes the database.
   */
  private List<List<Long>> runWorkers(WorkerLoop loop) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String owner = "worker-" + i;
      Callable<List<Long>> work =
          () -> {
            start.await();
            try {
              return loop.run(owner, failed);
            } catch (RuntimeException | AssertionError e) {
              failed.set(true);
              throw e;
            }
          };
      results.add(pool.submit(work));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("workers finished").isTrue();
    List<List<Long>> claimed = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      claimed.add(result.get());
    }
    return claimed;
  }

  /**
   * Claims until no work is left, marking each asset while its job is held; finding the mark set
   * means two workers ran one asset at once. The mark is cleared before the completion commits,
   * since that commit is what lets the next claimer of the asset in.
   */
  private List<Long> claimAndComplete(
      String owner, int max, Map<String, String> running, AtomicBoolean failed) {
    List<Long> claimed = new ArrayList<>();
    while (!failed.get()) {
      List<Job> jobs =
          store().inTransaction((Tx tx) -> tx.jobs().claim(owner, max, LEASE, Set.of()));
      if (jobs.isEmpty() && store().inTransaction((Tx tx) -> tx.jobs().unfinished(null)) == 0) {
        return claimed;
      }
      for (Job job : jobs) {
        if (running != null) {
          assertThat(running.putIfAbsent(job.sourceRef(), owner))
              .as("asset %s already running", job.sourceRef())
              .isNull();
          assertThat(store().inTransaction((Tx tx) -> tx.jobs().get(job.id()))).isPresent();
          running.remove(job.sourceRef());
        }
        claimed.add(job.id());
        assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(job.id(), owner, "ok")))
            .isTrue();
      }
    }
    return claimed;
  }

  @FunctionalInterface
  interface WorkerLoop {
    List<Long> run(String owner, AtomicBoolean failed);
  }
}
