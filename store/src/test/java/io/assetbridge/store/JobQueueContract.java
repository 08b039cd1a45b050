package io.assetbridge.store;

import static io.assetbridge.store.StoreFixture.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

interface JobQueueContract extends StoreFixture {
  Duration LEASE = Duration.ofMinutes(5);

  default List<Job> claim(String owner, int max, String... flows) {
    return store().inTransaction((Tx tx) -> tx.jobs().claim(owner, max, LEASE, Set.of(flows)));
  }

  default Job get(long id) {
    return store().inTransaction((Tx tx) -> tx.jobs().get(id)).orElseThrow();
  }

  @Test
  default void enqueuesOneJobPerFlowAndEvent() {
    long event =
        store().inTransaction((Tx tx) -> tx.events().insertIfNew(change("I1", "v1"))).orElseThrow();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().enqueue("to-netx", event, "ps:I1", null)))
        .isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().enqueue("to-netx", event, "ps:I1", null)))
        .isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().enqueue("to-vip", event, "ps:I1", null)))
        .isTrue();
    Job job = store().inTransaction((Tx tx) -> tx.jobs().list(null, "to-netx", 0)).getFirst();
    assertThat(job.state()).isEqualTo(JobState.PENDING);
    assertThat(job.attempts()).isZero();
    assertThat(job.nextAttemptAt()).isEqualTo(START);
    assertThat(job.eventKind()).isEqualTo("asset.updated");
    assertThat(job.versionKey()).isEqualTo("v1");
    assertThat(job.createdAt()).isEqualTo(START);
  }

  @Test
  default void aDisabledFlowsJobsWaitUntilItIsEnabledAgain() {
    long paused = job("f", "I1", "v1");
    long other = job("g", "I2", "v1");
    assertThat(store().inTransaction((Tx tx) -> tx.flowSwitches().disable("f", "admin"))).isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.flowSwitches().disable("f", "admin"))).isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.flowSwitches().disabled())).containsExactly("f");

    assertThat(claim("w1", 10)).extracting(Job::id).containsExactly(other);
    assertThat(claim("w1", 10, "f")).isEmpty();
    assertThat(get(paused).state()).isEqualTo(JobState.PENDING);

    assertThat(store().inTransaction((Tx tx) -> tx.flowSwitches().enable("f"))).isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.flowSwitches().isDisabled("f"))).isFalse();
    assertThat(claim("w1", 10, "f")).extracting(Job::id).containsExactly(paused);
  }

  @Test
  default void countsJobsChangedSinceATimePerFlowAndState() {
    job("f", "I1", "v1");
    long done = job("f", "I2", "v1");
    execute("UPDATE jobs SET state = 'DONE' WHERE id = ?", done);
    job("g", "I3", "v1");
    execute("UPDATE jobs SET updated_at = ? WHERE flow = 'g'", START.minusSeconds(7200));

    assertThat(store().inTransaction((Tx tx) -> tx.jobs().activity(START.minusSeconds(3600))))
        .extracting(
            JobQueue.FlowActivity::flow, JobQueue.FlowActivity::state, JobQueue.FlowActivity::jobs)
        .containsExactlyInAnyOrder(tuple("f", JobState.PENDING, 1L), tuple("f", JobState.DONE, 1L));
  }

  @Test
  default void claimsOldestDueFirstOfTheWantedFlows() {
    long first = job("f", "I1", "v1");
    long second = job("f", "I2", "v1");
    long third = job("f", "I3", "v1");
    long other = job("g", "I4", "v1");
    long later = job("f", "I5", "v1");
    execute("UPDATE jobs SET next_attempt_at = ? WHERE id = ?", START.minusSeconds(2), second);
    execute("UPDATE jobs SET next_attempt_at = ? WHERE id = ?", START.minusSeconds(1), first);
    execute("UPDATE jobs SET next_attempt_at = ? WHERE id = ?", START.plusSeconds(3600), later);

    List<Job> claimed = claim("w1", 10, "f");
    assertThat(claimed).extracting(Job::id).containsExactly(second, first, third);
    Job job = claimed.getFirst();
    assertThat(job.state()).isEqualTo(JobState.RUNNING);
    assertThat(job.leaseOwner()).isEqualTo("w1");
    assertThat(job.leaseUntil()).isEqualTo(clock().instant().plus(LEASE));
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(claim("w2", 10)).extracting(Job::id).containsExactly(other);
    assertThat(claim("w3", 10)).isEmpty();
    execute("UPDATE jobs SET state = 'DONE' WHERE id <> ?", later);
    clock().set(START.plusSeconds(3600));
    assertThat(claim("w3", 10)).extracting(Job::id).containsExactly(later);
  }

  @Test
  default void takesOverAnExpiredLeaseAndCountsAttempts() {
    long id = job("f", "I1", "v1");
    assertThat(claim("crashed", 1)).hasSize(1);
    clock().advance(LEASE.minusSeconds(1));
    assertThat(claim("rescuer", 1)).isEmpty();
    clock().advance(Duration.ofSeconds(1));
    Job taken = claim("rescuer", 1).getFirst();
    assertThat(taken.id()).isEqualTo(id);
    assertThat(taken.attempts()).isEqualTo(2);
    assertThat(taken.leaseOwner()).isEqualTo("rescuer");
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(id, "crashed", "late")))
        .isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(id, "rescuer", "ok"))).isTrue();
    assertThat(get(id).outcome()).isEqualTo("ok");
  }

  @Test
  default void runsOneJobPerAssetAtATime() {
    long first = job("f", "I1", "v1");
    long second = job("f", "I1", "v2");
    long otherFlow = job("g", "I1", "v3");
    assertThat(claim("w1", 10)).extracting(Job::id).containsExactlyInAnyOrder(first, otherFlow);
    assertThat(claim("w2", 10)).isEmpty();
    store().run(tx -> tx.jobs().complete(first, "w1", "done"));
    assertThat(claim("w2", 10)).extracting(Job::id).containsExactly(second);
  }

  @Test
  default void refusesToFinishALostLease() {
    long done = job("f", "I1", "v1");
    long retried = job("f", "I2", "v1");
    long buried = job("f", "I3", "v1");
    claim("w", 3);
    for (long id : List.of(done, retried, buried)) {
      assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(id, "intruder", "x")))
          .isFalse();
      assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryLater(id, "intruder", START, "x")))
          .isFalse();
      assertThat(store().inTransaction((Tx tx) -> tx.jobs().bury(id, "intruder", "x"))).isFalse();
    }
    Instant at = START.plusSeconds(90);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(done, "w", "created netx:1")))
        .isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryLater(retried, "w", at, "429")))
        .isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().bury(buried, "w", "x".repeat(5000))))
        .isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().complete(done, "w", "again"))).isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().bury(retried, "w", "x"))).isFalse();

    assertThat(get(done).state()).isEqualTo(JobState.DONE);
    assertThat(get(done).outcome()).isEqualTo("created netx:1");
    Job waiting = get(retried);
    assertThat(waiting.state()).isEqualTo(JobState.PENDING);
    assertThat(waiting.nextAttemptAt()).isEqualTo(at);
    assertThat(waiting.lastError()).isEqualTo("429");
    assertThat(waiting.leaseOwner()).isNull();
    assertThat(get(buried).state()).isEqualTo(JobState.DEAD);
    assertThat(get(buried).lastError()).hasSize(4000);
    assertThat(claim("w", 5)).isEmpty();
    clock().set(at);
    assertThat(claim("w", 5)).extracting(Job::id, Job::attempts).containsExactly(tuple(retried, 2));
  }

  @Test
  default void renewsLeasesOfTheOwnerOnly() {
    long mine = job("f", "I1", "v1");
    long theirs = job("f", "I2", "v1");
    store().run(tx -> tx.jobs().claim("me", 1, LEASE, Set.of()));
    store().run(tx -> tx.jobs().claim("them", 1, LEASE, Set.of()));
    clock().advance(LEASE.minusSeconds(10));
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().renewLeases("me", LEASE))).isEqualTo(1);
    assertThat(get(mine).leaseUntil()).isEqualTo(clock().instant().plus(LEASE));
    clock().advance(Duration.ofSeconds(20));
    assertThat(claim("rescuer", 5)).extracting(Job::id).containsExactly(theirs);
  }

  @Test
  default void retriesDeadJobsOneOrAll() {
    long a = job("f", "I1", "v1");
    long b = job("f", "I2", "v1");
    long c = job("g", "I3", "v1");
    long live = job("g", "I4", "v1");
    claim("w", 10).forEach(j -> store().run(tx -> tx.jobs().bury(j.id(), "w", "gone")));
    execute("UPDATE jobs SET state = 'DONE' WHERE id = ?", live);
    clock().advance(Duration.ofMinutes(1));

    assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryDead(a, null))).isEqualTo(1);
    Job retried = get(a);
    assertThat(retried.state()).isEqualTo(JobState.PENDING);
    assertThat(retried.attempts()).isZero();
    assertThat(retried.nextAttemptAt()).isEqualTo(clock().instant());
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryDead(null, "g"))).isEqualTo(1);
    assertThat(get(b).state()).isEqualTo(JobState.DEAD);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryDead(null, null))).isEqualTo(1);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().retryDead(null, null))).isZero();
    assertThat(claim("w", 10)).extracting(Job::id).containsExactly(a, b, c);
  }

  @Test
  default void deadJobsShowInTheDeadLetterViewWithTheirEvent() {
    long dead = job("f", "I1", "v7");
    job("f", "I2", "v1");
    claim("w", 1).forEach(j -> store().run(tx -> tx.jobs().bury(j.id(), "w", "gone")));

    String query =
        "SELECT COUNT(*) FROM dead_letters WHERE job_id = ? AND flow = 'f'"
            + " AND last_error = 'gone' AND object_id = 'I1' AND version_key = 'v7'";
    assertThat(number(query, dead)).isEqualTo(1);
    assertThat(number("SELECT COUNT(*) FROM dead_letters")).as("the pending job is not").isOne();
    store().run(tx -> tx.jobs().retryDead(dead, null));
    assertThat(number("SELECT COUNT(*) FROM dead_letters")).isZero();
  }

  @Test
  default void countsStatesAndUnfinishedWork() {
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().counts(null)))
        .containsOnlyKeys(JobState.values())
        .allSatisfy((state, n) -> assertThat(n).isZero());
    long done = job("f", "I1", "v1");
    long dead = job("f", "I2", "v1");
    job("f", "I3", "v1");
    job("f", "I4", "v1");
    job("g", "I5", "v1");
    claim("w", 3, "f");
    store().run(tx -> tx.jobs().complete(done, "w", "ok"));
    store().run(tx -> tx.jobs().bury(dead, "w", "no"));

    assertThat(store().inTransaction((Tx tx) -> tx.jobs().counts("f")))
        .containsEntry(JobState.PENDING, 1L)
        .containsEntry(JobState.RUNNING, 1L)
        .containsEntry(JobState.DONE, 1L)
        .containsEntry(JobState.DEAD, 1L);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().counts(null)))
        .containsEntry(JobState.PENDING, 2L);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().unfinished("f"))).isEqualTo(2);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().unfinished(null))).isEqualTo(3);
    clock().advance(LEASE.multipliedBy(2));
    // a crashed worker's job is still unfinished: it waits to be taken over, so sync must wait too
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().unfinished("f"))).isEqualTo(2);
  }

  @Test
  default void listsNewestUpdatedFirst() {
    long a = job("f", "I1", "v1");
    clock().advance(Duration.ofSeconds(1));
    long b = job("f", "I2", "v1");
    clock().advance(Duration.ofSeconds(1));
    long c = job("g", "I3", "v1");
    clock().advance(Duration.ofSeconds(1));
    store().run(tx -> tx.jobs().claim("w", 1, LEASE, Set.of("f")));
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().list(null, null, 0)))
        .extracting(Job::id)
        .containsExactly(a, c, b);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().list(JobState.PENDING, "f", 0)))
        .extracting(Job::id)
        .containsExactly(b);
    assertThat(store().inTransaction((Tx tx) -> tx.jobs().list(null, null, 2))).hasSize(2);
  }
}
