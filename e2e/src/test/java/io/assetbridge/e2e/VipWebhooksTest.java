package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VIP emulator sends real signed webhooks to the running server. The config has no flow, so
 * nothing polls VIP: every event in the store came in through {@code POST /hooks/vip}.
 */
class VipWebhooksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "e2e-hook-secret";
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dir;
  private Platforms platforms;
  private Engine engine;
  private EngineServer server;

  @BeforeEach
  void start() throws Exception {
    platforms = new Platforms();
    Path config =
        Files.writeString(
            dir.resolve("assetbridge.yaml"),
            """
            store: jdbc:h2:file:%s
            connections:
              vip: { type: vip, baseUrl: "%s", token: emulator-token, webhookSecret: %s }
            flows: {}
            """
                .formatted(dir.resolve("store").toAbsolutePath(), platforms.vip.baseUrl(), SECRET));
    InstantSource clock = InstantSource.system();
    engine = Engine.open(TestConfig.load(config), clock);
    server = EngineServer.start(engine, clock, new ServerOptions("127.0.0.1", 0, 1 << 20));
    platforms.vipAdmin.put(
        "/_emulator/webhook",
        Map.of(
            "url",
            server.url() + "/hooks/vip",
            "secret",
            SECRET,
            "enabled",
            true,
            "retryBaseMs",
            200,
            "timeoutMs",
            2000));
  }

  @AfterEach
  void stop() {
    platforms.vipAdmin.send("DELETE", "/_emulator/webhook", null);
    server.close();
    engine.close();
    platforms.close();
  }

  @Test
  void eachVipEventBecomesExactlyOneEventInTheStore() throws Exception {
    platforms.vipAdmin.post(
        "/_emulator/seed",
        Map.of(
            "submissions", List.of(submission("A.jpg"), submission("B.jpg"), submission("C.jpg"))));

    awaitTrue("3 webhooks answered 200", () -> deliveredEventIds().size() == 3);
    assertThat(deliveredEventIds()).isEqualTo(feedEventIds()).hasSize(3);
    assertThat(storedEvents()).isEqualTo(3);

    var replay = resend(firstDelivery());
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    assertThat(JSON.readTree(replay.body()).path("newEvents").asInt()).isZero();
    assertThat(storedEvents()).as("a replayed webhook is applied once").isEqualTo(3);
  }

  private static Map<String, Object> submission(String fileName) {
    return Map.of(
        "contributor", Map.of("name", "Nordlicht Agency", "email", "desk@nordlicht.example"),
        "metadata", Map.of("title", "Fjord ferry " + fileName, "credit", "Nordlicht"),
        "files", List.of(Map.of("fileName", fileName, "image", Map.of("width", 64, "height", 48))));
  }

  private long storedEvents() {
    return engine.store().inTransaction(tx -> tx.events().count());
  }

  private List<JsonNode> webhookAttempts() {
    List<JsonNode> out = new ArrayList<>();
    platforms
        .vipAdmin
        .get("/_emulator/journal?limit=1000")
        .path("entries")
        .forEach(
            e -> {
              if ("out".equals(e.path("direction").asText())) {
                out.add(e);
              }
            });
    return out;
  }

  private Set<String> deliveredEventIds() {
    Set<String> ids = new TreeSet<>();
    webhookAttempts().stream()
        .filter(e -> e.path("status").asInt() == 200)
        .forEach(e -> ids.add(e.path("eventId").asText()));
    return ids;
  }

  private Set<String> feedEventIds() throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(platforms.vip.baseUrl() + "/api/v1/events?limit=500"))
            .header("Authorization", "Bearer emulator-token")
            .build();
    Set<String> ids = new TreeSet<>();
    JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body())
        .path("items")
        .forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }

  private JsonNode firstDelivery() {
    return webhookAttempts().stream()
        .filter(e -> e.path("status").asInt() == 200)
        .findFirst()
        .orElseThrow();
  }

  /** The exact request the emulator sent (headers, signature, body) sent again: a duplicate. */
  private HttpResponse<String> resend(JsonNode attempt) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(attempt.path("url").asText()))
            .POST(HttpRequest.BodyPublishers.ofString(attempt.path("body").asText()));
    attempt
        .path("headers")
        .properties()
        .forEach(h -> request.header(h.getKey(), h.getValue().asText()));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitTrue(String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
