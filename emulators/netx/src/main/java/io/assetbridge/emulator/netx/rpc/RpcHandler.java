package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.assetbridge.emulator.netx.journal.RequestFacts;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/rpc}: checks in the order of contract §13.3 (parse, token, envelope, method,
 * params) and answers every outcome with HTTP 200 and a JSON-RPC body.
 */
public final class RpcHandler implements Handler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, RpcMethod> methods;
  private final Tokens tokens;

  public RpcHandler(Map<String, RpcMethod> methods, Tokens tokens) {
    this.methods = methods;
    this.tokens = tokens;
  }

  @Override
  public void handle(Context ctx) throws JsonProcessingException {
    JsonNode request;
    try {
      request = JSON.readTree(ctx.bodyAsBytes());
    } catch (java.io.IOException e) {
      answer(
          ctx, NullNode.getInstance(), null, new RpcException(RpcException.PARSE, "parse error"));
      return;
    }
    JsonNode id =
        request != null && request.isObject() ? request.path("id") : NullNode.getInstance();
    id = id.isTextual() || id.isNumber() ? id : NullNode.getInstance();
    try {
      answer(ctx, id, dispatch(ctx, request), null);
    } catch (RpcException e) {
      answer(ctx, id, null, e);
    }
  }

  private Object dispatch(Context ctx, JsonNode request) {
    if (!tokens.admits(ctx.header("Authorization"))) {
      throw new RpcException(RpcException.BAD_TOKEN, "Invalid or expired token");
    }
    if (request == null
        || !request.isObject()
        || !"2.0".equals(request.path("jsonrpc").asText())
        || !(request.path("id").isTextual() || request.path("id").isNumber())
        || !request.path("method").isTextual()
        || !request.path("params").isArray()) {
      throw new RpcException(
          RpcException.INVALID_REQUEST,
          "one JSON-RPC 2.0 call: jsonrpc \"2.0\", an id, a method and params as an array");
    }
    String name = request.get("method").asText();
    RpcMethod method = methods.get(name);
    if (method == null) {
      throw new RpcException(RpcException.UNKNOWN_METHOD, "unknown method '" + name + "'");
    }
    try {
      return method.call(new Params((ArrayNode) request.get("params")));
    } catch (RpcException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RpcException(RpcException.INTERNAL, "internal error: " + e);
    }
  }

  private static void answer(Context ctx, JsonNode id, Object result, RpcException error)
      throws JsonProcessingException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jsonrpc", "2.0");
    body.put("id", id);
    if (error == null) {
      body.put("result", result);
    } else {
      body.put("error", errorObject(error));
      RequestFacts facts = ctx.attribute(RequestFacts.ATTRIBUTE);
      ctx.attribute(
          RequestFacts.ATTRIBUTE,
          (facts == null ? RequestFacts.none() : facts).withRpcErrorCode(error.code()));
    }
    ctx.status(200).contentType("application/json").result(JSON.writeValueAsBytes(body));
  }

  private static Map<String, Object> errorObject(RpcException e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.code());
    m.put("message", e.getMessage());
    m.put("data", null);
    return m;
  }

  /** The method name of a request body, for the journal and fault rules; null if unreadable. */
  public static String peekMethod(byte[] body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n != null && n.path("method").isTextual() ? n.get("method").asText() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
