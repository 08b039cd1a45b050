package io.assetbridge.emulator.photoshelter.state;

import java.util.List;
import java.util.Optional;

/** An org-defined custom-metadata field with its fixed options. */
public record CustomField(String id, String name, List<Option> options) {

  public CustomField {
    options = List.copyOf(options);
  }

  /** One selectable value of a field. */
  public record Option(String id, String name) {}

  public Optional<Option> option(String idOrName) {
    return options.stream()
        .filter(o -> o.id().equals(idOrName) || o.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  public Optional<Option> optionById(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }
}
