package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The v3 {@code fields=a,b,c} selection: {@code *}, empty or absent means every key. */
public record FieldSelection(Set<String> names) {

  public static final FieldSelection ALL = new FieldSelection(Set.of());

  public static FieldSelection parse(String fields) {
    if (fields == null || fields.isBlank() || fields.strip().equals("*")) {
      return ALL;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : fields.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? ALL : new FieldSelection(names);
  }

  /** Rejects names that {@code keys} (the record type's key set) does not hold. */
  public void check(java.util.Collection<String> keys, String recordType) {
    for (String name : names) {
      if (!keys.contains(name)) {
        throw ApiException.badParam("unknown field of " + recordType + ": " + name);
      }
    }
  }

  /** Only the selected keys of {@code record}, in its order; unknown names are a bad parameter. */
  public Map<String, Object> apply(Map<String, ?> record, String recordType) {
    check(record.keySet(), recordType);
    Map<String, Object> selected = new LinkedHashMap<>();
    record.forEach(
        (key, value) -> {
          if (names.isEmpty() || names.contains(key)) {
            selected.put(key, value);
          }
        });
    return selected;
  }
}
