package io.assetbridge.connector.netx.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.connector.http.Failures;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls one JSON-RPC method per request (netx.md §1): checks the envelope and classifies errors.
 * The token travels only in the {@code Authorization} header, never in a message.
 */
public final class RpcClient {
  static final String TOKEN_SETTING = "token";

  private final PlatformHttp http;
  private final Secret token;
  private final ObjectMapper json;
  private final AtomicLong ids = new AtomicLong();

  public RpcClient(PlatformHttp http, Secret token, ObjectMapper json) {
    this.http = http;
    this.token = token;
    this.json = json;
  }

  public PlatformHttp http() {
    return http;
  }

  public ObjectMapper json() {
    return json;
  }

  public String authorization() {
    return "apiToken " + token.reveal();
  }

  /** The call's result; any JSON-RPC error becomes a classified failure. */
  public JsonNode call(String method, Object... params) {
    return callTolerating(-1, method, params).orElseThrow();
  }

  /** Like {@link #call}, but empty when the platform answers with error {@code toleratedCode}. */
  public Optional<JsonNode> callTolerating(int toleratedCode, String method, Object... params) {
    String id = http.connection() + "-" + ids.incrementAndGet();
    HttpResponse<byte[]> response = http.send(request(id, method, params), ofBytes());
    String what = http.connection() + ": " + method;
    if (response.statusCode() != 200) {
      throw Failures.forStatus(what, response.statusCode(), header(response, "Retry-After"), null);
    }
    RpcReply reply = RpcReply.parse(json, response.body(), what);
    reply.checkId(id, what);
    if (reply.error() == null) {
      return Optional.of(reply.result());
    }
    if (reply.error().code() == toleratedCode) {
      return Optional.empty();
    }
    throw reply.error().failure(what);
  }

  private HttpRequest request(String id, String method, Object... params) {
    ObjectNode body = json.createObjectNode();
    body.put("jsonrpc", "2.0").put("id", id).put("method", method);
    body.set("params", json.valueToTree(Arrays.asList(params.length == 0 ? nullParam() : params)));
    return http.request("/api/rpc")
        .header("Authorization", authorization())
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .build();
  }

  private static Object[] nullParam() {
    return new Object[] {null};
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new PermanentException("cannot write a JSON-RPC request: " + e.getMessage(), e);
    }
  }

  private static HttpResponse.BodyHandler<byte[]> ofBytes() {
    return HttpResponse.BodyHandlers.ofByteArray();
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
