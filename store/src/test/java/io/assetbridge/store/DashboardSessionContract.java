package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Dashboard sessions: open until they expire, are closed, or the token changes. */
interface DashboardSessionContract extends StoreFixture {
  String ID = "a".repeat(64);
  String KEY = "k".repeat(64);

  @Test
  default void aSessionIsOpenUntilItExpiresOrIsClosed() {
    store().run(tx -> tx.dashboardSessions().open(ID, KEY, Duration.ofHours(12)));
    assertThat(open(ID, KEY)).isTrue();
    assertThat(open("b".repeat(64), KEY)).as("an unknown id").isFalse();
    assertThat(open(ID, "n".repeat(64))).as("opened with an older token").isFalse();

    clock().advance(Duration.ofHours(12));
    assertThat(open(ID, KEY)).as("expired").isFalse();

    store().run(tx -> tx.dashboardSessions().open("c".repeat(64), KEY, Duration.ofHours(12)));
    assertThat(store().inTransaction((Tx tx) -> tx.dashboardSessions().close(ID)))
        .as("the expired row was cleared when the next session opened")
        .isFalse();
    assertThat(store().inTransaction((Tx tx) -> tx.dashboardSessions().close("c".repeat(64))))
        .isTrue();
    assertThat(open("c".repeat(64), KEY)).as("signed out").isFalse();
  }

  private boolean open(String id, String key) {
    return store().inTransaction((Tx tx) -> tx.dashboardSessions().isOpen(id, key));
  }
}
