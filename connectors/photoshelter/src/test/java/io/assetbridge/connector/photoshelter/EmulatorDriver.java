package io.assetbridge.connector.photoshelter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drives the emulator's {@code /_emulator/} endpoints over real HTTP, as a person would act. */
final class EmulatorDriver {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  EmulatorDriver(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  String baseUrl() {
    return baseUrl;
  }

  JsonNode reset() {
    return send("POST", "/_emulator/reset", Map.of());
  }

  List<String> seed(int count, String gallery, int seed) {
    JsonNode r =
        send("POST", "/_emulator/seed", Map.of("count", count, "gallery", gallery, "seed", seed));
    List<String> ids = new ArrayList<>();
    r.path("image_ids").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** {@code /_emulator/act}; {@code at} like "2024-05-02 09:15:40 GMT", or null for now. */
  JsonNode act(List<String> ids, String action, Map<String, Object> extra, String at) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("image_ids", ids);
    body.put("action", action);
    if (at != null) {
      body.put("at", at);
    }
    return send("POST", "/_emulator/act", body);
  }

  void expireSessions() {
    send("POST", "/_emulator/sessions/expire", Map.of());
  }

  void faults(Map<String, Object> settings) {
    send("PUT", "/_emulator/faults", settings);
  }

  void clearFaults() {
    send("DELETE", "/_emulator/faults", null);
  }

  /** Every journal entry so far, oldest first. */
  List<JsonNode> journal() {
    List<JsonNode> entries = new ArrayList<>();
    send("GET", "/_emulator/journal?since=0&limit=100000", null)
        .path("entries")
        .forEach(entries::add);
    return entries;
  }

  long count(String method, String path) {
    return journal().stream()
        .filter(
            e -> e.path("method").asText().equals(method) && e.path("path").asText().equals(path))
        .count();
  }

  void clearJournal() {
    send("DELETE", "/_emulator/journal", null);
  }

  /** A raw call of the platform API (for tests that check what the connector wrote). */
  HttpResponse<byte[]> raw(String method, String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return exchange(b.build());
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest.BodyPublisher publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .method(method, publisher)
              .header("Content-Type", "application/json")
              .build();
      HttpResponse<byte[]> response = exchange(request);
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method
                + " "
                + path
                + " → "
                + response.statusCode()
                + " "
                + new String(response.body()));
      }
      return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
