package io.assetbridge.connector.photoshelter.write;

import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.client.MediaItem;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.connector.photoshelter.client.PsClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the image whose {@code trans_ref} is exactly a key (§5): search contains-matches, so each
 * hit's IPTC is read to confirm; of several exact matches the oldest upload wins.
 */
public final class ExternalKeyLookup {
  private static final Logger log = LoggerFactory.getLogger(ExternalKeyLookup.class);
  private final PsClient client;
  private final MediaSearch search;

  public ExternalKeyLookup(PsClient client, MediaSearch search) {
    this.client = client;
    this.search = search;
  }

  public Optional<String> find(String externalKey) {
    if (externalKey == null || externalKey.isBlank()) {
      return Optional.empty(); // an empty filter is refused (Clarification 1) and matches nothing
    }
    List<MediaItem> exact =
        byId(search.all(Map.of("trans_ref", externalKey)).items()).stream()
            .filter(hit -> externalKey.equals(transRef(hit.id())))
            .sorted(
                Comparator.comparing(
                        MediaItem::createdAt,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                    .thenComparing(MediaItem::id))
            .toList();
    if (exact.size() > 1) {
      log.warn(
          "{}: {} images carry external key {}; using {}, duplicates: {}",
          client.connection(),
          exact.size(),
          externalKey,
          exact.get(0).id(),
          exact.subList(1, exact.size()).stream().map(MediaItem::id).toList());
    }
    return exact.stream().findFirst().map(MediaItem::id);
  }

  private static java.util.Collection<MediaItem> byId(List<MediaItem> hits) {
    Map<String, MediaItem> unique = new java.util.LinkedHashMap<>();
    hits.forEach(hit -> unique.putIfAbsent(hit.id(), hit));
    return unique.values();
  }

  private String transRef(String id) {
    return client
        .v3Get(
            "/psapi/v3/mem/image/" + Query.encode(id) + "/iptc",
            Query.of().add("fields", "trans_ref"))
        .path("Iptc")
        .path("trans_ref")
        .asText("");
  }
}
