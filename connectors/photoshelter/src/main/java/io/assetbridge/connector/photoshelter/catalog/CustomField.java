package io.assetbridge.connector.photoshelter.catalog;

import java.util.Map;
import java.util.Optional;

/** An org's custom-metadata field: id, name and its options (name → id). */
public record CustomField(String id, String name, Map<String, String> options) {

  /** The option id for a name, matched case-insensitively. */
  public Optional<String> optionId(String optionName) {
    return options.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(optionName.strip()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
