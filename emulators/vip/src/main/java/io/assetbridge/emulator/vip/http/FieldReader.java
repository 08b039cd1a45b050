package io.assetbridge.emulator.vip.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the members of one JSON object, recording every violation under its dotted path instead of
 * failing on the first, so a 400 lists all of them.
 */
public final class FieldReader {
  private final ObjectNode node;
  private final String prefix;
  private final FieldErrors errors;

  public FieldReader(ObjectNode node, String prefix, FieldErrors errors) {
    this.node = node;
    this.prefix = prefix;
    this.errors = errors;
  }

  public FieldErrors errors() {
    return errors;
  }

  public String path(String name) {
    return prefix + name;
  }

  public void fail(String name, String message) {
    errors.add(path(name), message);
  }

  /** Records "unknown field" for every member whose name is not listed. */
  public void allowOnly(Collection<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        fail(name, "unknown field");
      }
    }
  }

  public boolean has(String name) {
    return node.has(name);
  }

  public boolean present(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  public JsonNode raw(String name) {
    return node.get(name);
  }

  public String text(String name, int maxChars) {
    return text(name, maxChars, false);
  }

  /** A string member, or null when absent, null or invalid. */
  public String text(String name, int maxChars, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        fail(name, "required");
      }
      return null;
    }
    if (!value.isTextual()) {
      fail(name, "must be a string");
      return null;
    }
    String violation = TextRules.violation(value.textValue(), maxChars);
    if (violation != null) {
      fail(name, violation);
      return null;
    }
    return value.textValue();
  }

  public Instant instant(String name) {
    String text = text(name, 64);
    if (text == null) {
      return null;
    }
    Instant instant = Times.parse(text).orElse(null);
    if (instant == null) {
      fail(name, "not RFC 3339");
    }
    return instant;
  }

  /** A list of strings; [] when null, null when absent or invalid. */
  public List<String> texts(String name, int maxItems, int maxChars) {
    JsonNode value = node.get(name);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return List.of();
    }
    return TextList.read(value, path(name), maxItems, maxChars, errors);
  }

  public Long integer(String name, long min, long max) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToExactIntegral() || value.asLong() < min || value.asLong() > max) {
      fail(name, "must be an integer from " + min + " to " + max);
      return null;
    }
    return value.asLong();
  }

  public Double number(String name, double min, double max) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
      fail(name, "must be a number from " + min + " to " + max);
      return null;
    }
    return value.asDouble();
  }

  public Boolean bool(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      fail(name, "must be true or false");
      return null;
    }
    return value.booleanValue();
  }

  /** A nested object read with its own reader, or null when absent, null or not an object. */
  public FieldReader object(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      fail(name, "must be an object");
      return null;
    }
    return new FieldReader((ObjectNode) value, path(name) + ".", errors);
  }

  /** The objects of an array member, each with its own reader; [] when absent. */
  public List<FieldReader> objects(String name) {
    JsonNode value = node.get(name);
    List<FieldReader> readers = new ArrayList<>();
    if (value == null || value.isNull()) {
      return readers;
    }
    if (!value.isArray()) {
      fail(name, "must be an array");
      return readers;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item.isObject()) {
        readers.add(new FieldReader((ObjectNode) item, path(name) + "[" + i + "].", errors));
      } else {
        errors.add(path(name) + "[" + i + "]", "must be an object");
      }
    }
    return readers;
  }
}
