package io.assetbridge.connector.photoshelter.approval;

import io.assetbridge.spi.CollectionRef;
import java.util.List;
import java.util.Map;

/** What approval rules look at: custom values by field name, galleries and rating. */
public record ImageFacts(
    Map<String, String> custom, List<CollectionRef> galleries, Integer rating) {

  public String customValue(String fieldName) {
    return custom.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(fieldName))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  public boolean inGallery(String nameOrId) {
    return galleries.stream()
        .anyMatch(g -> g.id().equals(nameOrId) || nameOrId.equalsIgnoreCase(g.name()));
  }
}
