package io.assetbridge.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.store.Store;
import io.assetbridge.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging, filtering and partial answers, with hand-written systems and a real H2 store. */
class FederatedSearchTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);
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
  void oneRowPerRealAssetJoinedByLinksTransitivelyAndByExternalKeys() {
    store.run(
        tx -> {
          tx.links().save("ps-to-netx", "ps:A", "netx:1", "v1", null);
          tx.links().save("netx-to-vip", "netx:1", "vip:9", "v1", null);
        });
    var result =
        search(
            Map.of(
                "ps",
                FakeSearch.answering("ps", asset("ps:A"), asset("ps:B", "netx:2")),
                "netx",
                FakeSearch.answering("netx", asset("netx:1"), asset("netx:2"), asset("netx:3"))),
            SearchQuery.text("harbour"));

    assertThat(result.notes()).isEmpty();
    assertThat(result.rows())
        .extracting(r -> r.refs().stream().map(Ref::toString).toList())
        .containsExactly(
            List.of("ps:A", "netx:1", "vip:9"), List.of("ps:B", "netx:2"), List.of("netx:3"));
    assertThat(result.rows().get(0).foundIn()).containsExactly("ps", "netx");
  }

  @Test
  void aSlowSystemCostsItsRowsAndANoteNotTheAnswer() throws Exception {
    FakeSearch netx = FakeSearch.hanging("netx");
    long start = System.nanoTime();
    var result =
        search(
            Map.of("ps", FakeSearch.answering("ps", asset("ps:A")), "netx", netx),
            SearchQuery.text("harbour"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.rows()).extracting(r -> r.first().ref().toString()).containsExactly("ps:A");
    assertThat(result.notes())
        .containsExactly("netx: no answer within 300ms, results from ps only");
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(5));
    assertThat(netx.interrupted.await(5, TimeUnit.SECONDS))
        .as("the late search is cancelled")
        .isTrue();
  }

  @Test
  void aFailingSystemIsNamedWithItsReason() {
    var result =
        search(
            Map.of(
                "ps", FakeSearch.failing("ps", "ps: session refused"),
                "netx", FakeSearch.answering("netx", asset("netx:1"))),
            SearchQuery.text("harbour"));
    assertThat(result.rows()).hasSize(1);
    assertThat(result.notes())
        .containsExactly("ps: failed: ps: session refused, results from netx only");
  }

  @Test
  void filtersAreCheckedAgainOnEveryHit() {
    Asset approved =
        builder("netx:1").status(AssetStatus.APPROVED).keywords(List.of("Sea")).build();
    Asset review = builder("netx:2").status(AssetStatus.IN_REVIEW).keywords(List.of("sea")).build();
    Asset expiring =
        builder("ps:A")
            .status(AssetStatus.APPROVED)
            .keywords(List.of("sea"))
            .rights(new Rights(null, Instant.parse("2026-02-01T00:00:00Z"), null, null, null, null))
            .tag("campaign", List.of("SPRING25"))
            .build();
    var systems =
        Map.<String, AssetSearch>of(
            "ps", FakeSearch.answering("ps", expiring),
            "netx", FakeSearch.answering("netx", approved, review));

    assertThat(refs(search(systems, query(AssetStatus.APPROVED, null, "sea", null))))
        .containsExactly("ps:A", "netx:1");
    assertThat(
            refs(search(systems, query(null, Instant.parse("2026-03-01T00:00:00Z"), null, null))))
        .containsExactly("ps:A");
    assertThat(refs(search(systems, query(null, null, null, "spring25")))).containsExactly("ps:A");
  }

  @Test
  void theLimitCountsRows() {
    var result =
        search(
            Map.of(
                "ps", FakeSearch.answering("ps", asset("ps:A"), asset("ps:B")),
                "netx", FakeSearch.answering("netx", asset("netx:1"), asset("netx:2"))),
            new SearchQuery("x", null, null, null, null, 3));
    assertThat(refs(result)).containsExactly("ps:A", "netx:1", "ps:B");
  }

  private SearchResult search(Map<String, ? extends AssetSearch> systems, SearchQuery q) {
    Map<String, AssetSearch> ordered = new LinkedHashMap<>();
    for (String name : List.of("ps", "netx")) {
      if (systems.containsKey(name)) {
        ordered.put(name, systems.get(name));
      }
    }
    return new FederatedSearch(ordered, store, TIMEOUT).search(q);
  }

  private static SearchQuery query(
      AssetStatus status, Instant expiring, String keyword, String campaign) {
    return new SearchQuery(null, status, expiring, keyword, campaign, 50);
  }

  private static List<String> refs(SearchResult r) {
    return r.rows().stream().map(row -> row.first().ref().toString()).toList();
  }

  // FileNameLookup: the platforms match text loosely; only exact names (case aside) are kept
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
        FileNameLookup.find(new FederatedSearch(systems, store, TIMEOUT), " IMG_0412.jpg ");

    assertThat(found.rows())
        .extracting(r -> r.refs().stream().map(Ref::toString).toList())
        .containsExactlyInAnyOrder(List.of("ps:A", "netx:1"), List.of("ps:D"));
    assertThat(found.notes()).isEmpty();
  }

  private static Asset named(String ref, String fileName) {
    return builder(ref).file(io.assetbridge.spi.FileFacts.named(fileName)).build();
  }

  private static Asset asset(String ref) {
    return builder(ref).build();
  }

  private static Asset asset(String ref, String externalKey) {
    return builder(ref).externalKey(externalKey).build();
  }

  private static io.assetbridge.spi.AssetBuilder builder(String ref) {
    return Asset.builder(Ref.parse(ref)).title("t " + ref);
  }
}
