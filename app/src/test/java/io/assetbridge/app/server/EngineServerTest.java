package io.assetbridge.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.testkit.SettableClock;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real HTTP on port 0, with the engine on an H2 file store and a set clock. */
class EngineServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // 18 s after the contract's test vector was signed
  private final SettableClock clock =
      new SettableClock(Instant.ofEpochSecond(VipHook.VECTOR_TIMESTAMP + 18));
  @TempDir Path dir;
  private Engine engine;
  private EngineServer server;
  private VipHook vip;

  @BeforeEach
  void start() {
    String yaml =
        """
        store: jdbc:h2:file:%s
        connections:
          vip: { type: vip, baseUrl: "http://127.0.0.1:9", token: t, webhookSecret: %s }
          ps:  { type: photoshelter, baseUrl: "http://127.0.0.1:9", apiKey: k, email: e@example.com,
                 password: p, orgId: O1 }
        flows: {}
        """
            .formatted(dir.resolve("store"), VipHook.SECRET);
    engine =
        Engine.open(
            new ConfigLoader(new EnvSubstitution(Map.of())).parse("test.yaml", yaml), clock);
    server =
        EngineServer.start(engine, clock, new ServerOptions("127.0.0.1", 0, ServerOptions.ONE_MIB));
    vip = new VipHook(server.url() + "/hooks/vip");
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void aSignedWebhookBecomesOneEventAndItsReplayChangesNothing() throws Exception {
    var first = vip.post(VipHook.VECTOR_BODY, VipHook.VECTOR_TIMESTAMP, VipHook.VECTOR_SIGNATURE);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first))
        .isEqualTo(JSON.readTree("{\"accepted\":true,\"changes\":1,\"newEvents\":1,\"jobs\":0}"));

    var replay = vip.post(VipHook.VECTOR_BODY, VipHook.VECTOR_TIMESTAMP, VipHook.VECTOR_SIGNATURE);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(json(replay).path("newEvents").asInt()).isZero();
    assertThat(events()).isEqualTo(1);
  }

  @Test
  void aForgedSignatureIsRefusedAuditedAndNotRecorded() {
    String forged =
        VipHook.sign("not-the-secret", VipHook.VECTOR_TIMESTAMP, VipHook.VECTOR_BODY.getBytes());
    var response = vip.post(VipHook.VECTOR_BODY, VipHook.VECTOR_TIMESTAMP, forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("error").asText())
        .contains("signature does not match")
        .doesNotContain(forged.substring(3), VipHook.SECRET);
    assertThat(audit("webhook-refused"))
        .singleElement()
        .extracting(AuditRecord::outcome)
        .isEqualTo("refused");
    assertThat(events()).isZero();
  }

  @Test
  void aStaleTimestampIsRefused() {
    long stale = clock.instant().minus(Duration.ofSeconds(301)).getEpochSecond();
    var response = vip.postSigned(VipHook.VECTOR_BODY, stale);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("error").asText()).contains("timestamp");
    assertThat(events()).isZero();
  }

  @Test
  void aMalformedBodyWithAValidSignatureIsABadRequest() {
    var response = vip.postSigned("{\"id\":\"evt_1\",\"type\":", clock.instant().getEpochSecond());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").asText()).contains("malformed");
    assertThat(audit("webhook-malformed")).hasSize(1);
    assertThat(events()).isZero();
  }

  @Test
  void connectionsThatTakeNoWebhooksAreNotFound() {
    var unknown = new VipHook(server.url() + "/hooks/nope").postSigned(VipHook.VECTOR_BODY, now());
    var noHooks = new VipHook(server.url() + "/hooks/ps").postSigned(VipHook.VECTOR_BODY, now());

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("error").asText()).contains("no connection 'nope'");
    assertThat(noHooks.statusCode()).isEqualTo(404);
    assertThat(json(noHooks).path("error").asText()).contains("takes no webhooks");
  }

  @Test
  void aBodyOverOneMebibyteIsTooLargeAndNothingIsRecorded() {
    byte[] big = new byte[ServerOptions.ONE_MIB + 1];
    var declared =
        vip.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/hooks/vip"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build());
    var chunked =
        vip.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/hooks/vip"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());

    for (var response : List.of(declared, chunked)) {
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(json(response).path("error").asText()).contains("larger than 1048576 bytes");
    }
    assertThat(events()).isZero();
    long audited = engine.store().inTransaction(tx -> tx.audit().count());
    assertThat(audited).isZero();
  }

  @Test
  void healthIsOkWhileTheStoreAnswers() throws Exception {
    var response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asText()).isEqualTo("ok");
    assertThat(json(response).path("store").asText()).isEqualTo("ok");
    assertThat(json(response).path("connections"))
        .extracting(c -> c.path("connection").asText(), c -> c.path("lastSuccessAt").isNull())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("vip", true),
            org.assertj.core.groups.Tuple.tuple("ps", true));
  }

  @Test
  void aStoreFailureIsUnavailableSoTheSenderRetries() {
    engine.store().close();

    var hook = vip.post(VipHook.VECTOR_BODY, VipHook.VECTOR_TIMESTAMP, VipHook.VECTOR_SIGNATURE);
    var health = get("/health");

    assertThat(hook.statusCode()).isEqualTo(503);
    assertThat(hook.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(json(health).path("status").asText()).isEqualTo("unavailable");
    assertThat(json(health).path("store").asText()).contains("closed");
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private HttpResponse<String> get(String path) {
    return vip.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build());
  }

  private long events() {
    return engine.store().inTransaction(tx -> tx.events().count());
  }

  private List<AuditRecord> audit(String action) {
    return engine.store().inTransaction(tx -> tx.audit().list(AuditQuery.all().withAction(action)));
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
