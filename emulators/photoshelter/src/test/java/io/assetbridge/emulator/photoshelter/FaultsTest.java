package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

  static final String SEARCH = "/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&media_type=image&title=a";
  static PhotoShelterEmulator emulator;
  PsClient client;
  String imageId;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    client = new PsClient(emulator);
    client.reset();
    imageId = client.seed(1, 5).path("image_ids").get(0).asText();
    client.login();
  }

  private JsonNode faults(String json) {
    return client.admin("PUT", "/_emulator/faults", json);
  }

  private JsonNode lastEntry() {
    JsonNode entries = client.admin("GET", "/_emulator/journal", null).path("entries");
    return entries.get(entries.size() - 1);
  }

  @Test
  void serverErrorsAreInjectedAndJournaled() {
    JsonNode settings = faults("{\"p_5xx\":1.0,\"status_5xx\":502}");
    assertThat(settings.path("drop_mode").asText()).isEqualTo("before");
    Reply reply = client.get(SEARCH);
    assertThat(reply.status()).isEqualTo(502);
    assertThat(lastEntry().path("fault").asText()).isEqualTo("5xx");
    assertThat(lastEntry().path("status").asInt()).isEqualTo(502);
  }

  @Test
  void tooManyRequestsCarryRetryAfterAndTheSurfaceBody() {
    faults("{\"p_429\":1.0,\"retry_after_s\":7}");
    Reply v4 = client.get(SEARCH);
    assertThat(v4.status()).isEqualTo(429);
    assertThat(v4.header("Retry-After")).isEqualTo("7");
    assertThat(v4.json().at("/errors/0/id").asText()).isEqualTo("TooManyRequestsException");
    Reply v3 = client.get("/psapi/v3/mem/image/" + imageId);
    assertThat(v3.status()).isEqualTo(429);
    assertThat(v3.json().at("/error/class").asText()).isEqualTo("RateLimitErr");
  }

  @Test
  void latencyDelaysRequests() {
    faults("{\"latency_ms\":150,\"latency_jitter_ms\":20}");
    long start = System.nanoTime();
    assertThat(client.get(SEARCH).status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
  }

  @Test
  void dropBeforeClosesTheConnectionWithoutEffect() {
    faults("{\"p_drop\":1.0}");
    String patch = "{\"data\":{\"type\":\"iptc\",\"attributes\":{\"title\":\"dropped\"}}}";
    assertThatThrownBy(
            () ->
                client.sendOrThrow(
                    client
                        .api("/psapi/v4.0/media/" + imageId + "/iptc")
                        .header("Content-Type", "application/json")
                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(patch))))
        .isInstanceOf(IOException.class);
    assertThat(lastEntry().path("status").asInt()).isZero();
    assertThat(lastEntry().path("fault").asText()).isEqualTo("drop_before");
    client.admin("DELETE", "/_emulator/faults", null);
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + imageId + "/iptc")
                .json()
                .at("/data/Iptc/title")
                .asText())
        .isNotEqualTo("dropped");
  }

  @Test
  void dropAfterAppliesTheRequestThenCloses() {
    faults("{\"p_drop\":1.0,\"drop_mode\":\"after\"}");
    String patch = "{\"data\":{\"type\":\"iptc\",\"attributes\":{\"title\":\"applied\"}}}";
    assertThatThrownBy(
            () ->
                client.sendOrThrow(
                    client
                        .api("/psapi/v4.0/media/" + imageId + "/iptc")
                        .header("Content-Type", "application/json")
                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(patch))))
        .isInstanceOf(IOException.class);
    assertThat(lastEntry().path("fault").asText()).isEqualTo("drop_after");
    client.admin("DELETE", "/_emulator/faults", null);
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + imageId + "/iptc")
                .json()
                .at("/data/Iptc/title")
                .asText())
        .isEqualTo("applied");
  }

  @Test
  void rateLimitAdmitsOnlySoManyPerSecond() {
    faults("{\"rate_per_s\":3}");
    int ok = 0;
    Reply limited = null;
    for (int i = 0; i < 6; i++) {
      Reply reply = client.get(SEARCH);
      if (reply.status() == 200) {
        ok++;
      } else {
        limited = reply;
      }
    }
    assertThat(ok).isEqualTo(3);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    assertThat(lastEntry().path("fault").asText()).isEqualTo("rate_limit");
  }

  @Test
  void pathRegexLimitsFaultsAndAdminIsNeverFaulted() {
    faults("{\"p_5xx\":1.0,\"path_regex\":\"/psapi/v4\\\\.0/\"}");
    assertThat(client.get("/psapi/v3/mem/image/" + imageId).status()).isEqualTo(200);
    assertThat(client.get(SEARCH).status()).isEqualTo(503);
    faults("{\"p_5xx\":1.0,\"path_regex\":\".*\"}");
    assertThat(client.admin("GET", "/_emulator/faults", null).path("p_5xx").asDouble())
        .isEqualTo(1.0);
  }

  @Test
  void searchLagHidesFreshWritesFromSearchOnly() throws Exception {
    faults("{\"search_lag_ms\":300}");
    client.patch(
        "/psapi/v4.0/media/" + imageId + "/iptc",
        "{\"data\":{\"attributes\":{\"title\":\"lagging\"}}}");
    String search = "/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&title=lagging";
    assertThat(client.get(search).json().path("data")).isEmpty();
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + imageId + "/iptc")
                .json()
                .at("/data/Iptc/title")
                .asText())
        .isEqualTo("lagging");
    long deadline = System.currentTimeMillis() + 5000;
    while (client.get(search).json().path("data").isEmpty()
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(client.get(search).json().path("data")).hasSize(1);
  }

  @Test
  void badFaultSettingsAre400() {
    Reply reply =
        client.send(
            client
                .request("/_emulator/faults")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"p_5xx\":2}")));
    assertThat(reply.status()).isEqualTo(400);
    Reply unknown =
        client.send(
            client
                .request("/_emulator/faults")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"nope\":1}")));
    assertThat(unknown.status()).isEqualTo(400);
  }
}
