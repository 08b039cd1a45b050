package io.assetbridge.connector.photoshelter.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.spi.PermanentException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds galleries by name by walking the collection tree from {@code root} (§4 tree), breadth
 * first; the first gallery of a name wins (names are not unique). Found ids are kept.
 */
public final class GalleryDirectory {
  private static final String EXTEND =
      "{\"Collection\":{\"fields\":\"*\",\"params\":{}},\"Gallery\":{\"fields\":\"*\",\"params\":{}}}";
  private final PsClient client;
  private final Map<String, String> idsByName = new ConcurrentHashMap<>();

  public GalleryDirectory(PsClient client) {
    this.client = client;
  }

  /** True for text shaped like a gallery id (G0000 + 11 characters) rather than a name. */
  public static boolean isId(String text) {
    return text.length() == 16 && text.startsWith("G0000");
  }

  /** The id of a gallery given by id or name; unknown names are permanent failures. */
  public String idOf(String nameOrId) {
    if (isId(nameOrId)) {
      return nameOrId;
    }
    String key = nameOrId.strip().toLowerCase(Locale.ROOT);
    String id = idsByName.get(key);
    if (id == null) {
      id = walkFor(nameOrId.strip());
      idsByName.put(key, id);
    }
    return id;
  }

  private String walkFor(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Deque<String> collections = new ArrayDeque<>();
    collections.add("root");
    while (!collections.isEmpty()) {
      JsonNode children = children(collections.poll());
      for (JsonNode g : children.path("Gallery")) {
        if (g.path("name").asText("").strip().toLowerCase(Locale.ROOT).equals(key)) {
          return g.path("gallery_id").asText();
        }
      }
      children.path("Collection").forEach(c -> collections.add(c.path("collection_id").asText()));
    }
    throw new PermanentException(
        client.connection() + ": no gallery named '" + name + "' in the organisation");
  }

  private JsonNode children(String collectionId) {
    return client
        .v3Get(
            "/psapi/v3/mem/collection/" + Query.encode(collectionId) + "/children",
            Query.of().add("extend", EXTEND))
        .path("Children");
  }
}
