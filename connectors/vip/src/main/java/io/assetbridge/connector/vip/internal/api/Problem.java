package io.assetbridge.connector.vip.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 7807 problem body as VIP sends it (contract §2). Clients branch on {@code slug} (the part
 * of {@code type} after {@code urn:vip:problem:}) and the status; {@code detail} is for people.
 */
public record Problem(String slug, String detail, JsonNode body) {
  private static final String TYPE_PREFIX = "urn:vip:problem:";

  /** The problem in {@code body}, or null when it is not a JSON object with a textual type. */
  static Problem from(JsonNode body) {
    if (body == null || !body.isObject() || !body.path("type").isTextual()) {
      return null;
    }
    String type = body.get("type").asText();
    String slug = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    return new Problem(slug, Json.text(body, "detail"), body);
  }

  public boolean is(String expectedSlug) {
    return slug.equals(expectedSlug);
  }

  /** An extension member such as {@code assetId} or {@code embargoUntil}, or null. */
  public String member(String name) {
    return Json.text(body, name);
  }

  /** The {@code errors} list as "field: message" lines. */
  public List<String> errors() {
    List<String> lines = new ArrayList<>();
    for (JsonNode error : body.path("errors")) {
      lines.add(Json.text(error, "field") + ": " + Json.text(error, "message"));
    }
    return lines;
  }

  /** "slug: detail [field: message; …]" for exception messages. */
  public String describe() {
    String text = slug + (detail == null ? "" : ": " + detail);
    List<String> errors = errors();
    return errors.isEmpty() ? text : text + " [" + String.join("; ", errors) + "]";
  }
}
