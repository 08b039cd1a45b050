package io.assetbridge.connector.netx.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.spi.PermanentException;
import java.io.IOException;

/** A JSON-RPC response: exactly one of {@code result} and {@code error} (netx.md §1). */
record RpcReply(JsonNode id, JsonNode result, RpcError error) {

  static RpcReply parse(ObjectMapper json, byte[] body, String what) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new PermanentException(what + " answered malformed JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PermanentException(what + " answered malformed JSON: not a JSON-RPC object");
    }
    boolean hasResult = root.has("result");
    boolean hasError = root.has("error") && !root.get("error").isNull();
    if (hasResult == hasError) {
      throw new PermanentException(
          what + " answered a JSON-RPC protocol error: needs exactly one of result and error");
    }
    RpcError error = hasError ? RpcError.from(root.get("error")) : null;
    return new RpcReply(root.get("id"), hasResult ? root.get("result") : null, error);
  }

  void checkId(String sent, String what) {
    if (id == null || !sent.equals(id.asText())) {
      throw new PermanentException(
          what + " answered a JSON-RPC protocol error: response id " + id + " is not " + sent);
    }
  }
}
