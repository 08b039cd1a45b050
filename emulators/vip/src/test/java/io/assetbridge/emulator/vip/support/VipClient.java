package io.assetbridge.emulator.vip.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A thin JDK HttpClient wrapper speaking to one emulator, with the default token. */
public final class VipClient {
  public static final String TOKEN = "emulator-token";
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public VipClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Reply postJson(String path, String json, String... headers) {
    return send(withBody(path, "POST", "application/json", json.getBytes(), headers));
  }

  public Reply putJson(String path, String json) {
    return send(withBody(path, "PUT", "application/json", json.getBytes()));
  }

  public Reply patch(String path, String json, String... headers) {
    return send(withBody(path, "PATCH", "application/merge-patch+json", json.getBytes(), headers));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, Multipart body, String... headers) {
    return send(withBody(path, "POST", body.contentType(), body.bytes(), headers));
  }

  /** Sends and lets the IOException through, for dropped-connection faults. */
  public Reply postJsonRaw(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest request =
        withBody(path, "POST", "application/json", json.getBytes(), headers).build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), response);
  }

  private HttpRequest.Builder withBody(
      String path, String method, String type, byte[] body, String... headers) {
    return request(path, headers)
        .header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** Headers come as name, value pairs; the default token is added unless one is given. */
  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
    boolean auth = false;
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Authorization")) {
        auth = true;
        if (headers[i + 1] == null) {
          continue;
        }
      }
      builder.header(headers[i], headers[i + 1]);
    }
    if (!auth && path.startsWith("/api/")) {
      builder.header("Authorization", "Bearer " + TOKEN);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
