package io.assetbridge.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A controlled vocabulary: PhotoShelter values → the target's taxonomy terms (campaign codes,
 * product categories). Exact match first, then ignoring case and surrounding spaces; a value with
 * no entry is a miss to report, never a term to invent.
 */
public record Vocabulary(String name, String origin, Map<String, String> entries) {

  public Optional<String> translate(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String exact = entries.get(value);
    if (exact != null) {
      return Optional.of(exact);
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return entries.entrySet().stream()
        .filter(e -> e.getKey().strip().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
