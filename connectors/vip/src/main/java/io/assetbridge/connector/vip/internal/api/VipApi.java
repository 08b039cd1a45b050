package io.assetbridge.connector.vip.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Multipart;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.http.Query;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * VIP's REST API on one connection: every call goes through {@link PlatformHttp} (rate limit,
 * concurrency, timeouts) with the bearer token, and comes back as a {@link VipAnswer}. Paths are
 * relative to {@code baseUrl/api/v1}.
 */
public final class VipApi {
  private final PlatformHttp http;
  private final Secret token;

  public VipApi(PlatformHttp http, Secret token) {
    this.http = http;
    this.token = token;
  }

  /** An opaque id as one path segment; ids are never parsed (§1). */
  public static String segment(String id) {
    return Query.encode(id);
  }

  public VipAnswer get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public VipAnswer postJson(String path, JsonNode body, String idempotencyKey) {
    var builder = request(path).header("Content-Type", "application/json");
    idempotent(builder, idempotencyKey);
    return send(builder.POST(BodyPublishers.ofByteArray(bytes(body))).build());
  }

  /** A JSON Merge Patch (RFC 7396). */
  public VipAnswer patch(String path, JsonNode mergePatch) {
    var builder = request(path).header("Content-Type", "application/merge-patch+json");
    return send(builder.method("PATCH", BodyPublishers.ofByteArray(bytes(mergePatch))).build());
  }

  /** A streamed multipart POST: file parts are read while sending, never held whole. */
  public VipAnswer postMultipart(String path, Multipart body, String idempotencyKey) {
    var builder = request(path).header("Content-Type", body.contentType());
    idempotent(builder, idempotencyKey);
    return send(builder.POST(body.publisher()).build());
  }

  /** A byte stream (content endpoints); a failure answer is read and thrown classified. */
  public HttpResponse<InputStream> stream(String path) {
    HttpRequest request = request(path).header("Accept", "*/*").GET().build();
    HttpResponse<InputStream> response = http.send(request, BodyHandlers.ofInputStream());
    if (response.statusCode() / 100 == 2) {
      return response;
    }
    try (InputStream errorBody = response.body()) {
      throw answer(request, response, errorBody.readNBytes(64 * 1024)).failure();
    } catch (IOException e) {
      throw answer(request, response, new byte[0]).failure();
    }
  }

  private VipAnswer send(HttpRequest request) {
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    return answer(request, response, response.body());
  }

  private VipAnswer answer(HttpRequest request, HttpResponse<?> response, byte[] body) {
    String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
    return new VipAnswer(
        http.describe(request), http.connection(), response.statusCode(), body, retryAfter);
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return http.request(pathAndQuery)
        .header("Authorization", "Bearer " + token.reveal())
        .header("Accept", "application/json");
  }

  private static void idempotent(HttpRequest.Builder builder, String key) {
    if (key != null) {
      builder.header("Idempotency-Key", IdempotencyKeys.checked(key));
    }
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new PermanentException("could not write a VIP request body: " + e.getMessage(), e);
    }
  }
}
