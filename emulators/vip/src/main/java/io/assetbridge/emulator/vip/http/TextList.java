package io.assetbridge.emulator.vip.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON array of strings within item-count and length limits. */
public final class TextList {
  private TextList() {}

  /** The strings, or null when the value is invalid (the errors say why). */
  public static List<String> read(
      JsonNode value, String path, int maxItems, int maxChars, FieldErrors errors) {
    if (!value.isArray()) {
      errors.add(path, "must be an array of strings");
      return null;
    }
    if (value.size() > maxItems) {
      errors.add(path, "must have at most " + maxItems + " items, has " + value.size());
      return null;
    }
    List<String> items = new ArrayList<>();
    boolean valid = true;
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String violation =
          item.isTextual() ? TextRules.violation(item.textValue(), maxChars) : "must be a string";
      if (violation != null) {
        errors.add(path + "[" + i + "]", violation);
        valid = false;
      } else {
        items.add(item.textValue());
      }
    }
    return valid ? List.copyOf(items) : null;
  }
}
