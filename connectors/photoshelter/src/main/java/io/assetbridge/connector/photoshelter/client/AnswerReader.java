package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.http.Failures;
import io.assetbridge.spi.ConnectorException;

/** Reads v3 envelopes and v4 documents and turns §9 error bodies into classified failures. */
public final class AnswerReader {
  private final ObjectMapper json;
  private final Redaction redaction;

  public AnswerReader(ObjectMapper json, Redaction redaction) {
    this.json = json;
    this.redaction = redaction;
  }

  public Reply read(Answer answer) {
    JsonNode node = parse(answer.body());
    return new Reply(answer, node, errorIn(answer, node));
  }

  public ConnectorException failure(Reply reply) {
    Answer answer = reply.answer();
    PlatformError error = reply.error();
    return Failures.forStatus(
        answer.what(),
        error.status(),
        answer.header("Retry-After"),
        redaction.apply(error.detail()));
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      return node == null || node.isMissingNode() ? null : node;
    } catch (java.io.IOException notJson) {
      return null;
    }
  }

  private static PlatformError errorIn(Answer answer, JsonNode node) {
    if (node != null && "error".equals(node.path("status").asText())) {
      JsonNode e = node.path("error");
      int code = e.path("code").asInt(answer.ok() ? 400 : answer.status());
      return new PlatformError(
          answer.ok() ? code : answer.status(), text(e, "class"), text(e, "message"));
    }
    if (node != null && node.path("errors").isArray() && !node.path("errors").isEmpty()) {
      JsonNode e = node.path("errors").get(0);
      String words = e.hasNonNull("detail") ? text(e, "detail") : text(e, "title");
      return new PlatformError(answer.ok() ? 400 : answer.status(), text(e, "id"), words);
    }
    if (!answer.ok()) {
      return new PlatformError(answer.status(), null, answer.snippet());
    }
    return null;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
