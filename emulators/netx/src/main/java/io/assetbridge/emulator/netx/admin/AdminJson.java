package io.assetbridge.emulator.netx.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads admin request bodies, refusing anything that is not a JSON object. */
final class AdminJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private AdminJson() {}

  static JsonNode body(Context ctx) {
    try {
      JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) {
        throw new AdminError("send a JSON object body");
      }
      return n;
    } catch (IOException e) {
      throw new AdminError("the body is not valid JSON: " + e.getMessage());
    }
  }
}
