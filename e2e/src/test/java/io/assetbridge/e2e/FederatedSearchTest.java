package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.app.admin.SearchHandler;
import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.emulator.netx.NetxEmulator;
import io.assetbridge.store.Store;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federated search over the PhotoShelter and NetX emulators: overlapping assets joined by a link in
 * the store and by NetX's Source Ref, filters across both, and NetX made slow on purpose.
 */
class FederatedSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  @RegisterExtension final Platforms platforms = new Platforms();
  private final NetxEmulator netx = NetxEmulator.start(0);
  private final AdminClient netxAdmin = new AdminClient(netx.baseUrl());
  @TempDir Path dir;
  private Path config;
  private List<String> ps;
  private List<String> nx;

  @BeforeEach
  void seed() throws Exception {
    ps = platforms.seed(5, 17);
    psIptc(0, "Puffin on the cliff", "puffin,bird");
    psIptc(1, "Puffin in flight", "puffin");
    psIptc(2, "Puffin colony", "puffin,cliff");
    platforms.approve(List.of(ps.get(0)));
    platforms.act(
        List.of(ps.get(0)),
        Map.of("action", "set_custom", "field", "Campaign", "value", "SPRING25"));
    platforms.act(
        List.of(ps.get(1)),
        Map.of("action", "set_license_expiry", "license_etime", "2026-02-01 00:00:00 GMT"));
    nx =
        seedNetx(
            netxAsset(
                "a.jpg",
                "Puffin on the cliff",
                List.of("puffin"),
                Map.of(
                    "Asset Status",
                    List.of("Approved"),
                    "Campaign Code",
                    List.of("SPRING25"),
                    "Source Ref",
                    List.of("ps:" + ps.get(0)))),
            netxAsset(
                "b.jpg",
                "Puffin in flight",
                List.of("puffin"),
                Map.of(
                    "Asset Status", List.of("In Review"), "License Expiry", List.of("2026-02-01"))),
            netxAsset(
                "d.jpg",
                "Puffin at sea",
                List.of("puffin", "cliff"),
                Map.of("Asset Status", List.of("Approved"))));
    config = Files.writeString(dir.resolve("assetbridge.yaml"), yaml());
    try (Store store = Store.open(TestConfig.load(config).store(), InstantSource.system())) {
      store.run(
          tx -> tx.links().save("ps-to-netx", "ps:" + ps.get(1), "netx:" + nx.get(1), "v1", null));
    }
  }

  @AfterEach
  void stop() {
    netx.close();
  }

  @Test
  void oneRowPerRealAssetWithItsRefsInBothSystems() throws Exception {
    var run = CommandLineRun.of("search", "puffin", "--config", config.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("note:");
    assertThat(rowRefs(JSON.readTree(run.out())))
        .containsExactlyInAnyOrder(
            List.of("ps:" + ps.get(0), "netx:" + nx.get(0)),
            List.of("ps:" + ps.get(1), "netx:" + nx.get(1)),
            List.of("ps:" + ps.get(2)),
            List.of("netx:" + nx.get(2)));
    for (JsonNode row : JSON.readTree(run.out()).path("results")) {
      String expected = row.path("refs").size() == 2 ? "[\"ps\",\"netx\"]" : null;
      if (expected != null) {
        assertThat(row.path("foundIn").toString()).as(row.toString()).isEqualTo(expected);
      }
    }

    var table = CommandLineRun.of("search", "puffin", "--config", config.toString());
    assertThat(table.out())
        .contains("REFS")
        .contains("ps:" + ps.get(0) + " netx:" + nx.get(0))
        .contains("4 asset(s)");
  }

  @Test
  void filtersHoldAcrossBothSystems() throws Exception {
    assertThat(search("puffin", "--status", "approved"))
        .containsExactlyInAnyOrder(
            List.of("ps:" + ps.get(0), "netx:" + nx.get(0)), List.of("netx:" + nx.get(2)));
    assertThat(search("puffin", "--keyword", "CLIFF"))
        .containsExactlyInAnyOrder(List.of("ps:" + ps.get(2)), List.of("netx:" + nx.get(2)));
    assertThat(search("", "--campaign", "spring25"))
        .containsExactly(List.of("ps:" + ps.get(0), "netx:" + nx.get(0)));
    assertThat(search("puffin", "--expiring-before", "2026-03-01"))
        .containsExactly(List.of("ps:" + ps.get(1), "netx:" + nx.get(1)));
  }

  @Test
  void aSlowNetxGivesPhotoShelterRowsAndANoteWithinTheTimeout() throws Exception {
    netxAdmin.put(
        "/_emulator/faults",
        Map.of(
            "rules",
            List.of(
                Map.of(
                    "match", Map.of("path", "/api/rpc", "rpcMethod", "getAssetsByQuery"),
                    "fault", "latency",
                    "latencyMs", TIMEOUT.plusSeconds(4).toMillis()))));
    long start = System.nanoTime();
    var run = CommandLineRun.of("search", "puffin", "--config", config.toString(), "--json");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("note: netx: no answer within 2s, results from ps only");
    JsonNode answer = JSON.readTree(run.out());
    assertThat(answer.path("notes").get(0).asText())
        .isEqualTo("netx: no answer within 2s, results from ps only");
    assertThat(rowRefs(answer)) // the link still names the NetX twin
        .containsExactlyInAnyOrder(
            List.of("ps:" + ps.get(0)),
            List.of("ps:" + ps.get(1), "netx:" + nx.get(1)),
            List.of("ps:" + ps.get(2)));
    assertThat(answer.path("results"))
        .allMatch(r -> r.path("foundIn").toString().equals("[\"ps\"]"));
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(5));
  }

  @Test
  void theHttpHandlerAnswersTheSameOverRealHttp() throws Exception {
    EngineConfig cfg = TestConfig.load(config);
    try (ConnectorRegistry connectors = ConnectorRegistry.create(cfg, InstantSource.system());
        Store store = Store.open(cfg.store(), InstantSource.system())) {
      Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
      app.get(
          "/api/search", new SearchHandler(FederatedSearch.of(connectors, store, cfg.search())));
      app.start("127.0.0.1", 0);
      try {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:"
                                    + app.port()
                                    + "/api/search?q=puffin&status=approved"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(rowRefs(JSON.readTree(r.body())))
            .containsExactlyInAnyOrder(
                List.of("ps:" + ps.get(0), "netx:" + nx.get(0)), List.of("netx:" + nx.get(2)));
        assertThat(JSON.readTree(r.body()).path("notes")).isEmpty();
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void badInputExitsTwoAndSaysWhatToFix() throws Exception {
    var status =
        CommandLineRun.of("search", "puffin", "--config", config.toString(), "--status", "shiny");
    assertThat(status.exitCode()).isEqualTo(2);
    assertThat(status.err())
        .contains(
            "status 'shiny' is unknown; use one of draft, in_review, approved, archived, expired");
    var nothing = CommandLineRun.of("search", "", "--config", config.toString());
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("give a query text or a filter");

    Path vipOnly =
        Files.writeString(
            dir.resolve("vip-only.yaml"),
            """
            store: jdbc:h2:file:%s
            connections:
              vip: { type: vip, baseUrl: %s, token: emulator-token }
            flows: {}
            """
                .formatted(dir.resolve("store2").toAbsolutePath(), platforms.vip.baseUrl()));
    var none = CommandLineRun.of("search", "puffin", "--config", vipOnly.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no connection can search");
  }

  private List<List<String>> search(String text, String... filters) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("search", text, "--config", config.toString(), "--json"));
    args.addAll(List.of(filters));
    var run = CommandLineRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return rowRefs(JSON.readTree(run.out()));
  }

  private static List<List<String>> rowRefs(JsonNode answer) {
    List<List<String>> rows = new ArrayList<>();
    answer
        .path("results")
        .forEach(
            r -> {
              List<String> refs = new ArrayList<>();
              r.path("refs").forEach(ref -> refs.add(ref.asText()));
              rows.add(refs);
            });
    return rows;
  }

  private void psIptc(int i, String title, String keywords) {
    platforms.act(
        List.of(ps.get(i)),
        Map.of(
            "action",
            "edit_iptc",
            "iptc",
            Map.of("title", title, "keyword", keywords, "caption", "")));
  }

  private static Map<String, Object> netxAsset(
      String file, String name, List<String> keywords, Map<String, List<String>> attributes) {
    Map<String, Object> a = new HashMap<>();
    a.put("folder", "Marketing");
    a.put("fileName", file);
    a.put("name", name);
    a.put("keywords", keywords);
    a.put("attributes", attributes);
    a.put("image", Map.of("width", 320, "height", 200));
    return a;
  }

  @SafeVarargs
  private List<String> seedNetx(Map<String, Object>... assets) {
    List<String> ids = new ArrayList<>();
    netxAdmin
        .post("/_emulator/seed", Map.of("assets", List.of(assets)))
        .path("assets")
        .forEach(a -> ids.add(a.path("id").asText()));
    return ids;
  }

  private String yaml() {
    return """
        store: jdbc:h2:file:%s
        search: { timeout: %ds }
        connections:
          ps:
            type: photoshelter
            baseUrl: %s
            apiKey: emu-api-key
            email: editor@example.com
            password: emu-password
            orgId: O0000c1x4UMGPvkY
          netx:
            type: netx
            baseUrl: %s
            token: emulator-token
        flows: {}
        """
        .formatted(
            dir.resolve("store").toAbsolutePath(),
            TIMEOUT.toSeconds(),
            platforms.ps.baseUrl(),
            netx.baseUrl());
  }
}
