package io.assetbridge.emulator.netx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A small test client speaking to the emulator over real HTTP. */
final class NetxClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private String token = "emulator-token";

  NetxClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  NetxClient withToken(String t) {
    token = t;
    return this;
  }

  /** Calls a method and returns the whole response envelope. */
  JsonNode call(String method, String paramsJson) throws Exception {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":\"t-1\",\"method\":\"%s\",\"params\":%s}"
            .formatted(method, paramsJson);
    return JSON.readTree(rpcRaw(body).body());
  }

  /** Calls a method and returns its result, failing on an error object. */
  JsonNode result(String method, String paramsJson) throws Exception {
    JsonNode r = call(method, paramsJson);
    if (r.has("error")) {
      throw new AssertionError("rpc error: " + r);
    }
    return r.get("result");
  }

  HttpResponse<String> rpcRaw(String body) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/rpc"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "apiToken " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> admin(String method, String path, String json) throws Exception {
    HttpRequest.BodyPublisher pub =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator" + path))
            .header("Content-Type", "application/json")
            .method(method, pub)
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  JsonNode seed(String json) throws Exception {
    HttpResponse<String> r = admin("POST", "/seed", json);
    if (r.statusCode() != 200) {
      throw new AssertionError("seed failed: " + r.body());
    }
    return JSON.readTree(r.body());
  }

  HttpResponse<byte[]> get(String path, String range) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "apiToken " + token);
    if (range != null) {
      b.header("Range", range);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends multipart parts: a file part plus text fields given as name,value pairs. */
  HttpResponse<String> multipart(
      String method, String path, byte[] file, String fileName, String... fields) throws Exception {
    String boundary = "b" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < fields.length; i += 2) {
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fields[i]
                  + "\"\r\n\r\n"
                  + fields[i + 1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (file != null) {
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(file);
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "apiToken " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }
}
