package io.assetbridge.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads PhotoShelter's v3 API directly (not through the connector under test), to check results.
 */
final class PsReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private String token;

  PsReader(String baseUrl) {
    this.base = baseUrl + "/psapi/v3";
  }

  JsonNode iptc(String imageId) {
    return get("/mem/image/" + imageId + "/iptc").path("data").path("Iptc");
  }

  String fileName(String imageId) {
    return get("/mem/image/" + imageId).path("data").path("Image").path("file_name").asText();
  }

  /** Image ids whose trans_ref contains {@code text} (v4 search), then confirmed exactly. */
  java.util.List<String> byTransRef(String ref) {
    var ids = new java.util.ArrayList<String>();
    String q =
        "/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&media_type=image&per_page=100&trans_ref="
            + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8);
    send(HttpRequest.newBuilder(URI.create(base.replace("/psapi/v3", "") + q))
            .header("X-PS-Auth-Token", token())
            .GET())
        .path("data")
        .forEach(
            d -> {
              if (iptc(d.path("id").asText()).path("trans_ref").asText().equals(ref)) {
                ids.add(d.path("id").asText());
              }
            });
    return ids;
  }

  /** Custom metadata as field name → option name. */
  java.util.Map<String, String> custom(String imageId) {
    var out = new java.util.LinkedHashMap<String, String>();
    get("/mem/image/" + imageId + "/custom")
        .path("data")
        .path("CustomMetadata")
        .forEach(c -> out.put(c.path("field_name").asText(), c.path("value").asText()));
    return out;
  }

  private synchronized String token() {
    if (token == null) {
      JsonNode login =
          send(
              HttpRequest.newBuilder(URI.create(base + "/mem/authenticate"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "email=editor%40example.com&password=emu-password&mode=token")));
      token = login.path("data").path("token").asText();
      send(
          HttpRequest.newBuilder(
                  URI.create(base + "/mem/organization/O0000c1x4UMGPvkY/authenticate"))
              .header("X-PS-Auth-Token", token)
              .POST(HttpRequest.BodyPublishers.noBody()));
    }
    return token;
  }

  private JsonNode get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("X-PS-Auth-Token", token()).GET());
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("X-PS-Api-Key", "emu-api-key").build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      boolean v3Error = body.has("status") && !"ok".equals(body.path("status").asText());
      if (response.statusCode() != 200 || v3Error) {
        throw new IllegalStateException(
            "PhotoShelter answered " + response.statusCode() + ": " + response.body());
      }
      return body;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
