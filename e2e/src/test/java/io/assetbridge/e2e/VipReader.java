package io.assetbridge.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads VIP's public API as an auditor would, following every page. */
final class VipReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;

  VipReader(String baseUrl) {
    this.api = baseUrl + "/api/v1";
  }

  List<JsonNode> assets() {
    return all("/assets?limit=200");
  }

  List<JsonNode> distributions(String assetId) {
    return all(
        "/distributions?assetId="
            + URLEncoder.encode(assetId, StandardCharsets.UTF_8)
            + "&limit=200");
  }

  List<JsonNode> allDistributions() {
    return all("/distributions?limit=200");
  }

  JsonNode list(String listId) {
    return get("/lists/" + listId);
  }

  List<JsonNode> lists() {
    return all("/lists?limit=200");
  }

  private List<JsonNode> all(String first) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          get(
              first
                  + (cursor == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      page.path("items").forEach(items::add);
      cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText(null);
    } while (cursor != null);
    return items;
  }

  byte[] bytes(String path) {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(api + path))
              .header("Authorization", "Bearer emulator-token")
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode get(String path) {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(api + path))
              .header("Authorization", "Bearer emulator-token")
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
