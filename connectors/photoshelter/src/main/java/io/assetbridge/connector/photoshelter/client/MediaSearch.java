package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /psapi/v4.0/media} over all pages (§5, §6): always with {@code org_id} and {@code
 * media_type=image}, 100 per page, while a page has data and names a next one. Non-images are
 * skipped.
 */
public final class MediaSearch {
  static final int PAGE_SIZE = 100;
  private final PsClient client;

  public MediaSearch(PsClient client) {
    this.client = client;
  }

  /** Every hit of a search with these filters, and page 1's {@code total}. */
  public Result all(Map<String, String> filters) {
    List<MediaItem> items = new ArrayList<>();
    long total = -1;
    for (int page = 1; ; page++) {
      JsonNode doc = client.v4Get("/psapi/v4.0/media", query(filters, page));
      JsonNode paging = doc.path("meta").path("paging");
      if (page == 1) {
        total = paging.path("total").asLong(-1);
      }
      JsonNode data = doc.path("data");
      data.forEach(item -> addImage(items, item));
      if (data.isEmpty() || !hasNext(paging)) {
        return new Result(items, total);
      }
    }
  }

  /** One page (1-based) of a search, and whether the server names a next one. */
  public Page page(Map<String, String> filters, int page) {
    JsonNode doc = client.v4Get("/psapi/v4.0/media", query(filters, page));
    List<MediaItem> items = new ArrayList<>();
    doc.path("data").forEach(item -> addImage(items, item));
    boolean more = !doc.path("data").isEmpty() && hasNext(doc.path("meta").path("paging"));
    return new Page(items, more);
  }

  private Query query(Map<String, String> filters, int page) {
    Query q = Query.of().add("org_id", client.credentials().orgId()).add("media_type", "image");
    filters.forEach(q::add);
    return q.add("page", page).add("per_page", PAGE_SIZE);
  }

  private static boolean hasNext(JsonNode paging) {
    JsonNode next = paging.get("next");
    return next != null && !next.isNull() && !next.asText().isBlank();
  }

  private static void addImage(List<MediaItem> items, JsonNode item) {
    String type = item.path("type").asText("image");
    if (!type.equals("image")) {
      return;
    }
    JsonNode a = item.path("attributes");
    items.add(
        new MediaItem(
            item.path("id").asText(),
            PsTime.parseLenient(a.path("created_at").asText(""), java.time.ZoneOffset.UTC),
            PsTime.parseLenient(a.path("modified_at").asText(""), java.time.ZoneOffset.UTC)));
  }

  /** One page's images and whether another page follows. */
  public record Page(List<MediaItem> items, boolean more) {}

  /** The hits and page 1's {@code total} (-1 when the server did not say). */
  public record Result(List<MediaItem> items, long total) {}
}
