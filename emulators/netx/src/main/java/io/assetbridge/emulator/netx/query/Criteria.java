package io.assetbridge.emulator.netx.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The leaf criteria of contract §5: exact, contains and range. */
final class Criteria {

  private Criteria() {}

  static Predicate<Asset> exact(Subject s, JsonNode value) {
    List<String> wanted = operands(s, value);
    return a ->
        s.values().apply(a).stream().anyMatch(v -> wanted.stream().anyMatch(w -> same(s, v, w)));
  }

  static Predicate<Asset> contains(Subject s, JsonNode value) {
    List<String> wanted = operands(s, value).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return a ->
        s.values().apply(a).stream()
            .map(v -> v.toLowerCase(Locale.ROOT))
            .anyMatch(v -> wanted.stream().anyMatch(v::contains));
  }

  static Predicate<Asset> range(Subject s, JsonNode body) {
    String min = body.hasNonNull("min") ? s.operand(body.get("min")) : null;
    String max = body.hasNonNull("max") ? s.operand(body.get("max")) : null;
    boolean includeMin = body.path("includeMin").asBoolean(true);
    boolean includeMax = body.path("includeMax").asBoolean(true);
    return a ->
        s.values().apply(a).stream()
            .anyMatch(
                v ->
                    within(s.compare(v, min == null ? v : min), includeMin, min == null)
                        && within(s.compare(max == null ? v : max, v), includeMax, max == null));
  }

  private static boolean within(int cmp, boolean inclusive, boolean open) {
    return open || cmp > 0 || (inclusive && cmp == 0);
  }

  private static boolean same(Subject s, String v, String w) {
    return s.numeric() ? s.compare(v, w) == 0 : v.equals(w);
  }

  private static List<String> operands(Subject s, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      throw new InvalidQuery("criterion on '" + s.name() + "' needs a value");
    }
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> out.add(s.operand(v)));
    } else {
      out.add(s.operand(value));
    }
    return out;
  }
}
