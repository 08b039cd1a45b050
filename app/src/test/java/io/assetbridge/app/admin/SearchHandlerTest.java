package io.assetbridge.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.store.Store;
import io.assetbridge.testkit.SettableClock;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handler on a bare Javalin on port 0, over real HTTP, with hand-written systems. */
class SearchHandlerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<SearchQuery> seen = new CopyOnWriteArrayList<>();
  @TempDir Path dir;
  private Store store;
  private Javalin app;

  @BeforeEach
  void start() {
    store =
        Store.open(
            "jdbc:h2:file:" + dir.resolve("store"), SettableClock.at("2026-01-01T00:00:00Z"));
    store.run(tx -> tx.links().save("ps-to-netx", "ps:A", "netx:1", "v1", null));
    Map<String, AssetSearch> systems = new LinkedHashMap<>();
    systems.put("ps", system("ps", q -> List.of(approved("ps:A", "Harbour"))));
    systems.put(
        "netx",
        system(
            "netx",
            q -> {
              throw new io.assetbridge.spi.RetryableException("netx: HTTP 503");
            }));
    app = Javalin.create(c -> c.showJavalinBanner = false);
    app.get(
        "/api/search",
        new SearchHandler(new FederatedSearch(systems, store, Duration.ofSeconds(2))));
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
    store.close();
  }

  @Test
  void answersRowsWithEveryRefAndTheNotes() throws Exception {
    var r = get("/api/search?q=harbour&status=approved");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("results")).hasSize(1);
    JsonNode row = body.path("results").get(0);
    assertThat(row.path("refs").toString()).isEqualTo("[\"ps:A\",\"netx:1\"]");
    assertThat(row.path("foundIn").toString()).isEqualTo("[\"ps\"]");
    assertThat(row.path("title").asText()).isEqualTo("Harbour");
    assertThat(body.path("notes").get(0).asText())
        .isEqualTo("netx: failed: netx: HTTP 503, results from ps only");
  }

  @Test
  void everyFilterReachesTheSystems() throws Exception {
    var r =
        get(
            "/api/search?q=harbour&status=In%20Review&keyword=sea&campaign=SPRING25"
                + "&expiringBefore=2026-03-01&limit=5");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).path("results")).isEmpty(); // ps:A fails the filters
    SearchQuery q = seen.get(0);
    assertThat(q.text()).isEqualTo("harbour");
    assertThat(q.status()).isEqualTo(AssetStatus.IN_REVIEW);
    assertThat(q.expiringBefore()).hasToString("2026-03-01T00:00:00Z");
    assertThat(q.keyword()).isEqualTo("sea");
    assertThat(q.campaign()).isEqualTo("SPRING25");
    assertThat(q.limit()).isEqualTo(5);
  }

  @Test
  void badParametersAre400WithWhatToFix() throws Exception {
    var status = get("/api/search?q=x&status=shiny");
    assertThat(status.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(status.body()).path("error").asText())
        .isEqualTo(
            "status 'shiny' is unknown; use one of draft, in_review, approved, archived, expired");
    assertThat(get("/api/search?q=x&expiringBefore=soon").body()).contains("write 2026-03-01");
    assertThat(get("/api/search?q=x&limit=0").body()).contains("from 1 to 1000");
    assertThat(get("/api/search").body()).contains("give a query text or a filter");
    assertThat(seen).isEmpty();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private AssetSearch system(
      String name, java.util.function.Function<SearchQuery, List<Asset>> answer) {
    return new AssetSearch() {
      @Override
      public List<Asset> search(SearchQuery query) {
        seen.add(query);
        return answer.apply(query);
      }

      @Override
      public String connectionName() {
        return name;
      }

      @Override
      public void testConnection() {}
    };
  }

  private static Asset approved(String ref, String title) {
    return Asset.builder(Ref.parse(ref)).title(title).status(AssetStatus.APPROVED).build();
  }
}
