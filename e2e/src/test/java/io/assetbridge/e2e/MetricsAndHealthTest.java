package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} and {@code /health} over real HTTP, after a real sync against the emulators. */
class MetricsAndHealthTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void aSyncShowsInTheMetricsOfTheRightConnections() throws Exception {
    List<String> ids = platforms.seed(4, 21);
    platforms.approve(ids.subList(0, 3));
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    try (Engine engine = Engine.open(TestConfig.load(config), InstantSource.system());
        EngineServer server =
            EngineServer.start(
                engine, InstantSource.system(), new ServerOptions("127.0.0.1", 0, 1 << 20))) {
      String before = get(server.url() + "/metrics").body();
      SyncPass.Progress done = new SyncPass(engine).run(TestConfig.FLOW, null, p -> {}, r -> {});
      assertThat(done.done()).isEqualTo(4);

      HttpResponse<String> scrape = get(server.url() + "/metrics");
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      String after = scrape.body();
      String flow = "flow=\"" + TestConfig.FLOW + "\"";
      assertThat(increase(before, after, "assetbridge_events_received_total", "connection=\"ps\""))
          .isGreaterThanOrEqualTo(4);
      assertThat(increase(before, after, "assetbridge_api_calls_total", "connection=\"ps\""))
          .isPositive();
      assertThat(increase(before, after, "assetbridge_api_calls_total", "connection=\"vip\""))
          .isPositive();
      assertThat(
              increase(
                  before,
                  after,
                  "assetbridge_transferred_bytes_total",
                  "connection=\"vip\"",
                  "direction=\"out\""))
          .as("the originals were uploaded to VIP")
          .isGreaterThan(1000);
      assertThat(
              increase(
                  before,
                  after,
                  "assetbridge_transferred_bytes_total",
                  "connection=\"ps\"",
                  "direction=\"in\""))
          .isGreaterThan(1000);
      assertThat(
              increase(
                  before, after, "assetbridge_job_latency_seconds_count", flow, "outcome=\"done\""))
          .isEqualTo(4);
      assertThat(after).contains("assetbridge_job_latency_seconds_bucket{" + flow);
      assertThat(
              increase(
                  before, after, "assetbridge_job_age_seconds_count", flow, "outcome=\"done\""))
          .as("each done job's time since it was created")
          .isEqualTo(4);
      // a job's age holds its attempt's run time and its wait in the queue
      assertThat(
              increase(before, after, "assetbridge_job_age_seconds_sum", flow, "outcome=\"done\""))
          .isGreaterThanOrEqualTo(
              increase(
                  before, after, "assetbridge_job_latency_seconds_sum", flow, "outcome=\"done\""));
      assertThat(increase(before, after, "assetbridge_audit_appended_total", flow)).isPositive();
      assertThat(value(after, "assetbridge_jobs", "state=\"done\"")).isGreaterThanOrEqualTo(4);
      assertThat(value(after, "assetbridge_store_up")).isEqualTo(1);
      assertThat(value(after, "assetbridge_ratelimit_max_slots", "connection=\"ps\"")).isEqualTo(8);
      assertThat(after).contains("assetbridge_ratelimit_available_permissions{connection=\"vip\"");
      assertThat(after).doesNotContain("emu-password", "emu-api-key", "emulator-token");

      JsonNode health = JSON.readTree(get(server.url() + "/health").body());
      JsonNode ps = health.path("connections").get(0);
      assertThat(ps.path("connection").asText()).isEqualTo("ps");
      assertThat(ps.path("lastSuccessAt").isTextual()).as(health.toString()).isTrue();
      assertThat(ps.path("calls").asLong()).isPositive();
      assertThat(ps.path("limits").path("maxSlots").asInt()).isEqualTo(8);
    }
  }

  @Test
  void healthIsUnavailableWhenTheStoreIsDownAndNamesEachConnectionsLastContact() throws Exception {
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    String yaml =
        java.nio.file.Files.readString(config)
            .replace(platforms.vip.baseUrl(), "http://127.0.0.1:9");
    java.nio.file.Files.writeString(config, yaml);
    try (Engine engine = Engine.open(TestConfig.load(config), InstantSource.system());
        EngineServer server =
            EngineServer.start(
                engine, InstantSource.system(), new ServerOptions("127.0.0.1", 0, 1 << 20))) {
      engine.connectors().get("ps").testConnection();
      try {
        engine.connectors().get("vip").testConnection();
      } catch (RuntimeException expected) { // nothing listens on port 9
      }
      HttpResponse<String> up = get(server.url() + "/health");
      assertThat(up.statusCode()).isEqualTo(200);
      assertThat(get(server.url() + "/health/live").statusCode()).isEqualTo(200);

      engine.store().close();
      HttpResponse<String> down = get(server.url() + "/health");
      assertThat(down.statusCode()).isEqualTo(503);
      JsonNode body = JSON.readTree(down.body());
      assertThat(body.path("status").asText()).isEqualTo("unavailable");
      assertThat(body.path("store").asText()).contains("closed");
      JsonNode ps = body.path("connections").get(0);
      JsonNode vip = body.path("connections").get(1);
      assertThat(ps.path("connection").asText()).isEqualTo("ps");
      assertThat(ps.path("lastSuccessAt").isTextual()).isTrue();
      assertThat(ps.path("lastError").isNull()).isTrue();
      assertThat(vip.path("connection").asText()).isEqualTo("vip");
      assertThat(vip.path("lastSuccessAt").isNull()).isTrue();
      assertThat(vip.path("lastErrorAt").isTextual()).isTrue();
      assertThat(vip.path("lastError").asText()).startsWith("vip: GET ").contains("failed");
      assertThat(vip.path("errors").asLong()).isPositive();
      assertThat(down.body()).doesNotContain("emulator-token", "emu-password", "emu-api-key");
      assertThat(get(server.url() + "/health/live").statusCode())
          .as("alive even when not ready")
          .isEqualTo(200);
      assertThat(value(get(server.url() + "/metrics").body(), "assetbridge_store_up")).isZero();
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static double increase(String before, String after, String name, String... labels) {
    return value(after, name, labels) - value(before, name, labels);
  }

  /** The sample's value; samples whose labels contain all of {@code labels} are added up. */
  private static double value(String scrape, String name, String... labels) {
    Pattern line =
        Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
    Matcher m = line.matcher(scrape);
    double sum = 0;
    while (m.find()) {
      String found = m.group(1) == null ? "" : m.group(1);
      if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
        sum += Double.parseDouble(m.group(2));
      }
    }
    return sum;
  }
}
