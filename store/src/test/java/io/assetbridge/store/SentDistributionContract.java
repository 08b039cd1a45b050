package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

interface SentDistributionContract extends StoreFixture {

  @Test
  default void recordsEachDistributionOnce() {
    String flow = "deliver";
    assertThat(store().inTransaction((Tx tx) -> tx.distributions().exists(flow, "ps:I1", "web")))
        .isFalse();
    store()
        .run(
            tx -> {
              tx.distributions().record(flow, "ps:I1", "web", "vip:1", "d-1");
              tx.distributions().record(flow, "ps:I1", "web", "vip:1", "d-again");
              tx.distributions().record(flow, "ps:I1", "print", "vip:2", "d-2");
              tx.distributions().record("other", "ps:I1", "web", "vip:3", "d-3");
              tx.cursors().save("still", "usable");
            });
    assertThat(store().inTransaction((Tx tx) -> tx.distributions().exists(flow, "ps:I1", "web")))
        .isTrue();
    assertThat(store().inTransaction((Tx tx) -> tx.distributions().forSource("ps:I1")))
        .extracting(SentDistribution::routeKey, SentDistribution::distributionId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("web", "d-1"),
            org.assertj.core.groups.Tuple.tuple("print", "d-2"),
            org.assertj.core.groups.Tuple.tuple("web", "d-3"));
    assertThat(
            store()
                .inTransaction((Tx tx) -> tx.distributions().forSource("ps:I1"))
                .getFirst()
                .sentAt())
        .isEqualTo(START);
    assertThat(store().inTransaction((Tx tx) -> tx.distributions().count(flow))).isEqualTo(2);
    assertThat(store().inTransaction((Tx tx) -> tx.distributions().count(null))).isEqualTo(3);
  }
}
