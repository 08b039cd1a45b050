package io.assetbridge.emulator.vip.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The query of a list endpoint: unknown or repeated parameters answer 400 (§13.9). */
public final class QueryParams {
  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  public static QueryParams strict(Map<String, List<String>> raw, Set<String> allowed) {
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
      String name = entry.getKey();
      if (!allowed.contains(name)) {
        throw Problem.invalid("unknown query parameter '" + name + "'; allowed: " + allowed);
      }
      if (entry.getValue().size() > 1) {
        throw Problem.invalid("query parameter '" + name + "' is repeated; send it once");
      }
      String value = entry.getValue().isEmpty() ? "" : entry.getValue().getFirst();
      if (!value.isEmpty()) {
        values.put(name, value);
      }
    }
    return new QueryParams(values);
  }

  /** A parameter's value; an empty value counts as absent. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public int limit(int defaultLimit, int max) {
    String text = values.get("limit");
    if (text == null) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below
    }
    throw Problem.invalid("limit must be an integer from 1 to " + max + ", is '" + text + "'");
  }

  /** The filters (everything but limit and cursor), for binding a cursor to them. */
  public String filters() {
    StringBuilder text = new StringBuilder();
    values.forEach(
        (name, value) -> {
          if (!name.equals("limit") && !name.equals("cursor")) {
            text.append(name).append('=').append(value).append('&');
          }
        });
    return text.toString();
  }
}
