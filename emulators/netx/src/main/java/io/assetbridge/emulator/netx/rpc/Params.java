package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** Positional params with readers that answer -32602 on anything malformed. */
public record Params(ArrayNode raw) {

  public JsonNode at(int index) {
    return index < raw.size() ? raw.get(index) : NullNode.getInstance();
  }

  public long id(int index, String what) {
    JsonNode n = at(index);
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    if (n.isTextual() && n.asText().matches("\\d+")) {
      return Long.parseLong(n.asText());
    }
    throw RpcException.params("param " + index + " (" + what + ") must be an integer id");
  }

  public String text(int index, String what) {
    JsonNode n = at(index);
    if (!n.isTextual()) {
      throw RpcException.params("param " + index + " (" + what + ") must be a string");
    }
    return n.asText();
  }

  public JsonNode object(int index, String what) {
    JsonNode n = at(index);
    if (!n.isObject()) {
      throw RpcException.params("param " + index + " (" + what + ") must be an object");
    }
    return n;
  }

  public boolean flag(int index, String what) {
    JsonNode n = at(index);
    if (!n.isBoolean()) {
      throw RpcException.params("param " + index + " (" + what + ") must be true or false");
    }
    return n.asBoolean();
  }

  /** The options object at {@code index}; absent or null gives the defaults. */
  public Options options(int index) {
    return Options.parse(at(index));
  }
}
