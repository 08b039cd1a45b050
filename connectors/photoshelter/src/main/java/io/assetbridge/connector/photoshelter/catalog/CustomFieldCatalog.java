package io.assetbridge.connector.photoshelter.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.client.PsClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The org's custom-metadata fields (§7), read once and read again when a name is not found, since
 * admins add fields and options while the connection runs.
 */
public final class CustomFieldCatalog {
  private final PsClient client;
  private volatile List<CustomField> fields;

  public CustomFieldCatalog(PsClient client) {
    this.client = client;
  }

  public Optional<CustomField> byName(String name) {
    return find(f -> f.name().equalsIgnoreCase(name.strip()));
  }

  /** The first field matching, reloading the catalog once when none does. */
  public Optional<CustomField> find(Predicate<CustomField> match) {
    Optional<CustomField> hit = fields().stream().filter(match).findFirst();
    if (hit.isPresent()) {
      return hit;
    }
    fields = load();
    return fields.stream().filter(match).findFirst();
  }

  /** The option id, reloading once when the field lacks the option. */
  public Optional<String> optionId(CustomField field, String optionName) {
    return field
        .optionId(optionName)
        .or(() -> reload(field.id()).flatMap(f -> f.optionId(optionName)));
  }

  public List<CustomField> fields() {
    List<CustomField> f = fields;
    if (f == null) {
      f = load();
      fields = f;
    }
    return f;
  }

  private Optional<CustomField> reload(String fieldId) {
    fields = load();
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }

  private List<CustomField> load() {
    String org = client.credentials().orgId();
    JsonNode doc =
        client.v4Get(
            "/psapi/v4.0/organization/" + Query.encode(org) + "/custom-metadata", Query.of());
    List<CustomField> loaded = new ArrayList<>();
    for (JsonNode f : doc.path("data")) {
      Map<String, String> options = new LinkedHashMap<>();
      for (JsonNode o : f.path("attributes").path("options")) {
        options.put(o.path("name").asText(), o.path("id").asText());
      }
      loaded.add(
          new CustomField(
              f.path("id").asText(), f.path("attributes").path("name").asText(), options));
    }
    return List.copyOf(loaded);
  }
}
