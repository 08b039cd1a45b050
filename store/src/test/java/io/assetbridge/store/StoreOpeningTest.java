package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.testkit.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening failures say which database and what to do, and never show a password. */
class StoreOpeningTest {
  private final SettableClock clock = SettableClock.at("2025-03-01T10:00:00Z");

  @Test
  void rejectsAnUnsupportedUrl() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/x?password=hunter2", clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:mysql://db/x?password=***")
        .hasMessageContaining("jdbc:h2:file:./data/assetbridge")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> Store.open(" ", clock)).isInstanceOf(StoreException.class);
  }

  @Test
  void namesAnUnreachableServerWithoutItsPassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/nowhere?user=ab&password=hunter2&connectTimeout=2";
    assertThatThrownBy(() -> Store.open(url, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:1/nowhere")
        .hasMessageContaining("Check that PostgreSQL is running")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void sharesAnH2FileWithinOneProcess(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    try (Store first = Store.open(url, clock)) {
      assertThat(first.dialectName()).isEqualTo("h2");
      try (Store second = Store.open(url, clock)) {
        assertThat(second.inTransaction((Tx tx) -> tx.events().count())).isZero();
      }
    }
  }

  @Test
  void createsTheDirectoryOfANewH2Store(@TempDir Path dir) {
    try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("data/assetbridge"), clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.events().count())).isZero();
    }
  }
}
