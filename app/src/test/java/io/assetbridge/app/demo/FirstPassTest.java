package io.assetbridge.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Change;
import io.assetbridge.store.Job;
import io.assetbridge.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code demo --once} may stop: told poll rounds as the engine's poller would tell them. */
class FirstPassTest {
  private static final Duration BRIEFLY = Duration.ofMillis(200);
  @TempDir Path dir;
  private Store store;
  private FirstPass pass;
  private int events;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:file:" + dir.resolve("store"), InstantSource.system());
    pass = new FirstPass(store, List.of("catalog", "publish"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aRoundThatQueuedJobsIsNotTheEnd() throws InterruptedException {
    queue("catalog", "ps:A");
    queue("publish", "netx:1");
    finishAll(false);
    pass.roundStarting();
    queue("catalog", "ps:B"); // a poll in this round found a change…
    finishAll(false); // …worked off at once, but what its job wrote is not polled yet
    pass.roundDone();
    assertThat(pass.await(BRIEFLY).over()).isFalse();
  }

  @Test
  void aRoundThatBeganWithJobsUnfinishedIsNotTheEnd() throws InterruptedException {
    queue("catalog", "ps:A");
    queue("publish", "netx:1");
    pass.roundStarting();
    finishAll(false); // their writes may have come after this round's polls
    pass.roundDone();
    assertThat(pass.await(BRIEFLY).over()).isFalse();
  }

  @Test
  void aQuietRoundEndsItOnceEveryFlowHasHadJobs() throws InterruptedException {
    queue("catalog", "ps:A");
    finishAll(false);
    quietRound();
    FirstPass.Outcome early = pass.await(BRIEFLY);
    assertThat(early.over()).isFalse();
    assertThat(early.flowsWithoutJobs()).containsExactly("publish");

    queue("publish", "netx:1");
    finishAll(true);
    quietRound();
    FirstPass.Outcome outcome = pass.await(BRIEFLY);
    assertThat(outcome.over()).isTrue();
    assertThat(outcome.done()).isEqualTo(1);
    assertThat(outcome.dead()).as("over, and the caller fails on it").isEqualTo(1);
    assertThat(outcome.flowsWithoutJobs()).isEmpty();
  }

  private void quietRound() {
    pass.roundStarting();
    pass.roundDone();
  }

  private void queue(String flow, String ref) {
    String[] parts = ref.split(":");
    Change change = new Change(parts[0], parts[1], "v" + ++events, "asset.updated", Instant.now());
    store.run(
        tx -> tx.jobs().enqueue(flow, tx.events().insertIfNew(change).getAsLong(), ref, tx.now()));
  }

  /** Claims every due job and completes it, or buries it as dead. */
  private void finishAll(boolean dead) {
    store.run(
        tx -> {
          for (Job job : tx.jobs().claim("test", 100, Duration.ofMinutes(1), Set.of())) {
            if (dead) {
              tx.jobs().bury(job.id(), "test", "failed for the test");
            } else {
              tx.jobs().complete(job.id(), "test", "done");
            }
          }
        });
  }
}
