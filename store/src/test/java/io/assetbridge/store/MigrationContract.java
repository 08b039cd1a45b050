package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

interface MigrationContract extends StoreFixture {

  @Test
  default void migratesAnEmptyDatabaseAndReopensIt() {
    String url = freshUrl("empty");
    try (Store fresh = Store.open(url, clock())) {
      fresh.run(tx -> tx.cursors().save("poller", "c1"));
      assertThat(fresh.inTransaction((Tx tx) -> tx.events().count())).isZero();
      assertThat(fresh.inTransaction((Tx tx) -> tx.jobs().unfinished(null))).isZero();
      assertThat(fresh.inTransaction((Tx tx) -> tx.audit().verify().intact())).isTrue();
    }
    try (Store again = Store.open(url, clock())) {
      assertThat(again.inTransaction((Tx tx) -> tx.cursors().get("poller"))).contains("c1");
    }
  }

  @Test
  default void namesItsDialect() {
    assertThat(store().dialectName()).isIn("h2", "postgresql");
    assertThat(getClass().getSimpleName().toLowerCase())
        .startsWith(store().dialectName().substring(0, 2));
  }
}
