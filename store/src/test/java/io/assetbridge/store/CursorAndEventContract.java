package io.assetbridge.store;

import static io.assetbridge.store.StoreFixture.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

interface CursorAndEventContract extends StoreFixture {

  @Test
  default void savesCursorsAsUpserts() {
    assertThat(store().inTransaction((Tx tx) -> tx.cursors().get("changes:ps"))).isEmpty();
    store().run(tx -> tx.cursors().save("changes:ps", "page-1"));
    store().run(tx -> tx.cursors().save("changes:ps", "page-2"));
    store().run(tx -> tx.cursors().save("changes:netx", "n-9"));
    assertThat(store().inTransaction((Tx tx) -> tx.cursors().get("changes:ps"))).contains("page-2");
    assertThat(store().inTransaction((Tx tx) -> tx.cursors().get("changes:netx"))).contains("n-9");
  }

  @Test
  default void dropsDuplicateEventsWithoutAbortingTheTransaction() {
    OptionalLong duplicate =
        store()
            .inTransaction(
                tx -> {
                  long first = tx.events().insertIfNew(change("I1", "v1")).orElseThrow();
                  OptionalLong again = tx.events().insertIfNew(change("I1", "v1"));
                  long other = tx.events().insertIfNew(change("I1", "v2")).orElseThrow();
                  tx.cursors().save("changes:ps", "after-duplicate");
                  assertThat(other).isNotEqualTo(first);
                  return again;
                });
    assertThat(duplicate).isEmpty();
    assertThat(store().inTransaction((Tx tx) -> tx.events().insertIfNew(change("I1", "v1"))))
        .isEmpty();
    assertThat(store().inTransaction((Tx tx) -> tx.events().count())).isEqualTo(2);
    assertThat(store().inTransaction((Tx tx) -> tx.events().count("ps"))).isEqualTo(2);
    assertThat(store().inTransaction((Tx tx) -> tx.events().count("vip"))).isZero();
    assertThat(store().inTransaction((Tx tx) -> tx.cursors().get("changes:ps")))
        .contains("after-duplicate");
  }

  @Test
  default void rollsBackCursorAndEventsTogether() {
    store().run(tx -> tx.cursors().save("changes:ps", "old"));
    IllegalStateException boom = new IllegalStateException("connector blew up");
    assertThatThrownBy(
            () ->
                store()
                    .run(
                        tx -> {
                          tx.events().insertIfNew(change("I1", "v1"));
                          tx.events().insertIfNew(change("I2", "v1"));
                          tx.cursors().save("changes:ps", "new");
                          throw boom;
                        }))
        .isSameAs(boom);
    assertThat(store().inTransaction((Tx tx) -> tx.events().count())).isZero();
    assertThat(store().inTransaction((Tx tx) -> tx.cursors().get("changes:ps"))).contains("old");
  }

  @Test
  default void refusesATransactionUsedAfterItEnded() {
    Tx escaped = store().inTransaction((Tx tx) -> tx);
    assertThatThrownBy(() -> escaped.events().count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction has ended");
  }
}
