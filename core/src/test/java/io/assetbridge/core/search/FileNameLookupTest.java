package io.assetbridge.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.FileFacts;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Store;
import io.assetbridge.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platforms match text loosely; only exact names (case aside) are kept, one row per asset. */
class FileNameLookupTest {
  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store =
        Store.open(
            "jdbc:h2:file:" + dir.resolve("store"), SettableClock.at("2026-01-01T00:00:00Z"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void keepsExactNamesIgnoringCaseAndJoinsTheSameAssetAcrossSystems() {
    store.run(tx -> tx.links().save("catalog", "ps:A", "netx:1", "v1", null));
    Map<String, AssetSearch> systems = new LinkedHashMap<>();
    systems.put(
        "ps",
        FakeSearch.answering(
            "ps",
            named("ps:A", "IMG_0412.jpg"),
            named("ps:B", "IMG_0412.jpg.bak"),
            named("ps:C", "xIMG_0412.jpg"),
            named("ps:D", "img_0412.JPG")));
    systems.put("netx", FakeSearch.answering("netx", named("netx:1", "IMG_0412.jpg")));

    SearchResult found =
        FileNameLookup.find(
            new FederatedSearch(systems, store, Duration.ofSeconds(2)), " IMG_0412.jpg ");

    assertThat(found.rows())
        .extracting(r -> r.refs().stream().map(Ref::toString).toList())
        .containsExactlyInAnyOrder(List.of("ps:A", "netx:1"), List.of("ps:D"));
    assertThat(found.notes()).isEmpty();
  }

  private static Asset named(String ref, String fileName) {
    return Asset.builder(Ref.parse(ref)).file(FileFacts.named(fileName)).build();
  }
}
