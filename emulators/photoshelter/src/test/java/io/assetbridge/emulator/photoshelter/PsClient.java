package io.assetbridge.emulator.photoshelter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small test client over real HTTP: admin calls, login, v3 and v4 requests. */
final class PsClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String KEY = "emu-api-key";
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String base;
  String token;

  PsClient(PhotoShelterEmulator emulator) {
    this.base = emulator.baseUrl();
  }

  record Reply(int status, JsonNode json, HttpResponse<byte[]> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  JsonNode admin(String method, String path, String body) {
    Reply reply =
        send(
            request(path)
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    if (reply.status() != 200) {
      throw new AssertionError("admin " + path + " -> " + reply.status() + " " + reply.json());
    }
    return reply.json();
  }

  JsonNode reset() {
    return admin("POST", "/_emulator/reset", "{}");
  }

  JsonNode seed(int count, long seed) {
    return admin("POST", "/_emulator/seed", "{\"count\":" + count + ",\"seed\":" + seed + "}");
  }

  String login() {
    Reply reply =
        form(
            "/psapi/v3/mem/authenticate",
            Map.of("email", "editor@example.com", "password", "emu-password", "mode", "token"));
    token = reply.json().path("data").path("token").asText();
    Reply org =
        post(
            "/psapi/v3/mem/organization/O0000c1x4UMGPvkY/authenticate",
            "",
            "application/x-www-form-urlencoded");
    if (org.status() != 200) {
      throw new AssertionError("org authenticate " + org.json());
    }
    return token;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
  }

  HttpRequest.Builder api(String path) {
    HttpRequest.Builder b = request(path).header("X-PS-Api-Key", KEY);
    return token == null ? b : b.header("X-PS-Auth-Token", token);
  }

  Reply get(String path) {
    return send(api(path).GET());
  }

  Reply form(String path, Map<String, String> fields) {
    return post(path, encode(fields), "application/x-www-form-urlencoded");
  }

  Reply post(String path, String body, String contentType) {
    return send(
        api(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply patch(String path, String json) {
    return send(
        api(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply send(HttpRequest.Builder builder) {
    try {
      return sendOrThrow(builder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply sendOrThrow(HttpRequest.Builder builder) throws IOException {
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json = null;
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.contains("json")) {
        json = JSON.readTree(response.body());
      }
      return new Reply(response.statusCode(), json, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
