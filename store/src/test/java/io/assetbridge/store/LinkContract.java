package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

interface LinkContract extends StoreFixture {

  @Test
  default void savesLinksAndMergesFingerprints() {
    Link created =
        store()
            .inTransaction(
                tx ->
                    tx.links()
                        .save(
                            "to-netx",
                            "ps:I1",
                            "netx:7",
                            "v1",
                            Map.of("title", "h1", "rights", "h2")));
    assertThat(created.fingerprints()).isEqualTo(Map.of("title", "h1", "rights", "h2"));
    assertThat(created.createdAt()).isEqualTo(START);
    clock().advance(Duration.ofMinutes(1));

    Link updated =
        store()
            .inTransaction(
                tx -> tx.links().save("to-netx", "ps:I1", "netx:7", "v2", Map.of("title", "h3")));
    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.sourceVersion()).isEqualTo("v2");
    assertThat(updated.fingerprints()).isEqualTo(Map.of("title", "h3", "rights", "h2"));
    assertThat(updated.createdAt()).isEqualTo(START);
    assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(store().inTransaction((Tx tx) -> tx.links().find("to-netx", "ps:I1")))
        .contains(updated);
    assertThat(store().inTransaction((Tx tx) -> tx.links().find("to-vip", "ps:I1"))).isEmpty();
  }

  @Test
  default void findsLinksBySourceOrTargetRef() {
    store()
        .run(
            tx -> {
              tx.links().save("to-netx", "ps:I1", "netx:7", "v1", Map.of());
              tx.links().save("to-vip", "ps:I1", "vip:a/b.jpg", "v1", Map.of("f", "x"));
              tx.links().save("back", "netx:7", "ps:I1", "n1", Map.of());
              tx.links().save("to-netx", "ps:I2", "netx:8", "v1", Map.of());
            });
    assertThat(store().inTransaction((Tx tx) -> tx.links().findByRef("ps:I1")))
        .extracting(Link::flow)
        .containsExactly("to-netx", "to-vip", "back");
    assertThat(store().inTransaction((Tx tx) -> tx.links().findByRef("netx:7")))
        .extracting(Link::sourceRef)
        .containsExactly("ps:I1", "netx:7");
    assertThat(store().inTransaction((Tx tx) -> tx.links().findByRef("vip:a/b.jpg")).getFirst())
        .extracting(Link::fingerprints)
        .isEqualTo(Map.of("f", "x"));
    assertThat(store().inTransaction((Tx tx) -> tx.links().list("to-netx", 0))).hasSize(2);
    assertThat(store().inTransaction((Tx tx) -> tx.links().list(null, 3))).hasSize(3);
  }
}
