package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Held conflicts and rights timers: the store side of two-way flows. */
interface TwoWayContract extends StoreFixture {

  @Test
  default void aConflictIsHeldOncePerFieldRefreshedAndResolvedOnce() {
    assertThat(hold("A", "B")).isTrue();
    assertThat(hold("A", "B")).as("same values again: nothing new").isFalse();
    assertThat(hold("A", "C")).as("new value on one side").isTrue();
    var held = store().inTransaction((Tx tx) -> tx.conflicts().held("rights"));
    assertThat(held)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rightValue()).isEqualTo("C");
              assertThat(c.held()).isTrue();
            });
    long id = held.get(0).id();
    assertThat(store().inTransaction((Tx tx) -> tx.conflicts().resolve(id, "took netx"))).isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.conflicts().resolve(id, "again"))).isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.conflicts().held(null))).isEmpty();
    assertThat(store().inTransaction((Tx tx) -> tx.conflicts().get(id)).orElseThrow().resolution())
        .isEqualTo("took netx");
    assertThat(hold("A", "B")).as("a later clash is a new conflict").isTrue();
  }

  @Test
  default void rightsTimersFireOnceWhenDue() {
    var lifts = START.plus(Duration.ofHours(1));
    store()
        .run(
            tx -> {
              assertThat(tx.rightsTimers().schedule("ps:I1", "embargo-lifts", lifts)).isTrue();
              assertThat(tx.rightsTimers().schedule("ps:I1", "embargo-lifts", lifts)).isFalse();
              tx.rightsTimers().schedule("ps:I2", "expires", START.plus(Duration.ofDays(3)));
            });
    assertThat(store().inTransaction((Tx tx) -> tx.rightsTimers().due(START, 10))).isEmpty();
    assertThat(
            store()
                .inTransaction(
                    (Tx tx) -> tx.rightsTimers().upcoming(START.plus(Duration.ofDays(7)), 10)))
        .extracting(RightsTimers.Timer::ref)
        .containsExactly("ps:I1", "ps:I2");
    var due = store().inTransaction((Tx tx) -> tx.rightsTimers().due(lifts, 10));
    assertThat(due).singleElement().satisfies(t -> assertThat(t.dueAt()).isEqualTo(lifts));
    assertThat(store().inTransaction((Tx tx) -> tx.rightsTimers().fire(due.get(0).id()))).isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.rightsTimers().fire(due.get(0).id())))
        .as("another node fired it first")
        .isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.rightsTimers().due(lifts, 10))).isEmpty();
  }

  private boolean hold(String left, String right) {
    return store()
        .inTransaction(
            (Tx tx) -> tx.conflicts().hold("rights", "ps:I1", "netx:1", "usageTerms", left, right));
  }
}
