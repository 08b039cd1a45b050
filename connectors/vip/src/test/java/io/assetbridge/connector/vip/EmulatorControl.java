package io.assetbridge.connector.vip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;

/** Drives the VIP emulator through {@code /_emulator/} and reads its API as a bystander. */
final class EmulatorControl {
  static final String TOKEN = "emulator-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  EmulatorControl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  void reset() {
    send("POST", "/_emulator/reset", "");
  }

  JsonNode seed(String json) {
    return send("POST", "/_emulator/seed", json);
  }

  void faults(String json) {
    send("PUT", "/_emulator/faults", json);
  }

  void tokens(String... tokens) {
    send(
        "PUT",
        "/_emulator/tokens",
        JSON.createObjectNode().set("tokens", JSON.valueToTree(tokens)).toString());
  }

  void webhook(String json) {
    send("PUT", "/_emulator/webhook", json);
  }

  JsonNode advanceDistribution(String id, String json) {
    return send("POST", "/_emulator/distributions/" + id + "/advance", json);
  }

  /** Every journal entry so far, oldest first. */
  List<JsonNode> journal() {
    List<JsonNode> entries = new ArrayList<>();
    send("GET", "/_emulator/journal?limit=1000", null).path("entries").forEach(entries::add);
    return entries;
  }

  /** The journal's inbound entries for one method and path. */
  List<JsonNode> journal(String method, String path) {
    return journal().stream()
        .filter(e -> "in".equals(e.path("direction").asText()))
        .filter(e -> method.equals(e.path("method").asText()))
        .filter(e -> path.equals(e.path("path").asText()))
        .toList();
  }

  /**
   * The first {@code count} inbound entries for one method and path, polling: the emulator writes a
   * journal entry just after it answered, so the caller may look before it is there.
   */
  List<JsonNode> awaitJournal(String method, String path, int count) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<JsonNode> entries = journal(method, path);
    while (entries.size() < count && System.nanoTime() < deadline) {
      pause();
      entries = journal(method, path);
    }
    if (entries.size() < count) {
      throw new AssertionError(
          count + " journal entries for " + method + " " + path + " expected: " + entries);
    }
    return entries;
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A GET on the API itself, as a bystander checking what VIP holds. */
  JsonNode api(String pathAndQuery) {
    return send("GET", "/api/v1" + pathAndQuery, null);
  }

  private JsonNode send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    try {
      var response = client.send(request.build(), BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new AssertionError(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
