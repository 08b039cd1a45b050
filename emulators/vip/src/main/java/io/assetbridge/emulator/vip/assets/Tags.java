package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.http.TextList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** §5 tags: merged per key; {@code "key":null} removes a key; at most 50 keys of 100 values. */
final class Tags {
  private static final Pattern KEY = Pattern.compile("[a-z0-9_-]{1,64}");

  private Tags() {}

  static Map<String, List<String>> merge(Map<String, List<String>> base, FieldReader r) {
    JsonNode value = r.raw("tags");
    if (value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      r.fail("tags", "must be an object of string lists");
      return base;
    }
    Map<String, List<String>> merged = new LinkedHashMap<>(base);
    value.properties().forEach(member -> apply(merged, member.getKey(), member.getValue(), r));
    if (merged.size() > 50) {
      r.fail("tags", "must have at most 50 keys, has " + merged.size());
    }
    return Collections.unmodifiableMap(merged);
  }

  private static void apply(
      Map<String, List<String>> merged, String key, JsonNode values, FieldReader r) {
    String path = r.path("tags") + "." + key;
    if (!KEY.matcher(key).matches()) {
      r.errors().add(path, "keys must match [a-z0-9_-]{1,64}");
    } else if (values.isNull()) {
      merged.remove(key);
    } else {
      List<String> list = TextList.read(values, path, 100, 10_000, r.errors());
      if (list != null) {
        merged.put(key, list);
      }
    }
  }
}
