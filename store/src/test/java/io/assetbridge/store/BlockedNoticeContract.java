package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a gate told the source: kept per flow, asset and field, replaced, cleared. */
interface BlockedNoticeContract extends StoreFixture {

  @Test
  default void noticesAreKeptPerFlowAndAssetReplacedAndCleared() {
    store().run(tx -> tx.blockedNotices().save("f", "ps:I1", Map.of("tag:status", "p1")));
    store().run(tx -> tx.blockedNotices().save("g", "ps:I1", Map.of("tag:status", "q1")));
    store()
        .run(
            tx ->
                tx.blockedNotices()
                    .save("f", "ps:I1", Map.of("tag:status", "p2", "iptc:edit_status", "e1")));

    assertThat(last("f", "ps:I1")).isEqualTo(Map.of("tag:status", "p2", "iptc:edit_status", "e1"));
    assertThat(last("g", "ps:I1")).isEqualTo(Map.of("tag:status", "q1"));
    assertThat(last("f", "ps:I2")).isEmpty();
    assertThat(store().inTransaction((Tx tx) -> tx.blockedNotices().clear("f", "ps:I1")))
        .isEqualTo(2);
    assertThat(last("f", "ps:I1")).isEmpty();
    assertThat(last("g", "ps:I1")).isNotEmpty();
  }

  private Map<String, String> last(String flow, String ref) {
    return store().inTransaction((Tx tx) -> tx.blockedNotices().last(flow, ref));
  }
}
