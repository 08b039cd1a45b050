package io.assetbridge.connector.vip.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading VIP's JSON: absent and null members both read as null (contract §1). */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static String text(JsonNode node, String member) {
    JsonNode value = node == null ? null : node.get(member);
    return value == null || value.isNull() ? null : value.asText();
  }

  public static Long number(JsonNode node, String member) {
    JsonNode value = node == null ? null : node.get(member);
    return value == null || !value.isNumber() ? null : value.asLong();
  }

  public static Integer integer(JsonNode node, String member) {
    Long value = number(node, member);
    return value == null ? null : Math.toIntExact(value);
  }

  /** RFC 3339 with any offset (input) to an instant. */
  public static Instant instant(JsonNode node, String member) {
    String value = text(node, member);
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }

  public static List<String> strings(JsonNode node, String member) {
    List<String> values = new ArrayList<>();
    JsonNode array = node == null ? null : node.get(member);
    if (array != null) {
      array.forEach(item -> values.add(item.asText()));
    }
    return values;
  }

  /** Every member of an object as plain Java values, for the canonical asset's raw fields. */
  public static Map<String, Object> plain(JsonNode node) {
    Map<String, Object> values = new LinkedHashMap<>();
    node.properties()
        .forEach(e -> values.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
    return values;
  }
}
