package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.PermanentException;
import java.util.ArrayList;
import java.util.List;

/** Which org a login enters (§2): the configured one, else the single full membership. */
final class OrgChoice {
  private OrgChoice() {}

  static String choose(String connection, String configured, JsonNode orgs) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    List<String> full = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (JsonNode org : orgs) {
      all.add(org.path("id").asText() + " (" + org.path("name").asText() + ")");
      if ("t".equals(org.path("member").asText())) {
        full.add(org.path("id").asText());
      }
    }
    if (full.size() == 1) {
      return full.get(0);
    }
    throw new PermanentException(
        connection
            + ": set orgId; the user is a full member of "
            + full.size()
            + " organisations, cannot pick one. Organisations: "
            + (all.isEmpty() ? "none" : String.join(", ", all)));
  }
}
