package io.assetbridge.emulator.photoshelter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** One JSON mapper for every surface; responses are written as UTF-8 JSON text. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static void send(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(write(body));
  }

  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Parses a request body; malformed JSON is a bad parameter. */
  public static JsonNode read(String text) {
    try {
      JsonNode node = MAPPER.readTree(text == null || text.isBlank() ? "{}" : text);
      return node == null ? MAPPER.createObjectNode() : node;
    } catch (JsonProcessingException e) {
      throw ApiException.badParam("malformed JSON: " + e.getOriginalMessage());
    }
  }
}
