package io.assetbridge.connector.vip.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Walks a §3 list endpoint page by page, passing {@code nextCursor} back with the same filters. */
public final class Pages {
  private static final int PAGE_SIZE = 200;

  private Pages() {}

  /** Every item of {@code path} (which may carry filters as a query) read by {@code reader}. */
  public static <T> List<T> all(VipApi api, String path, Function<JsonNode, T> reader) {
    List<T> items = new ArrayList<>();
    String cursor = null;
    do {
      Page<T> page = api.get(page(path, cursor)).map(node -> Page.read(node, reader));
      items.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    return items;
  }

  private record Page<T>(List<T> items, String nextCursor) {
    static <T> Page<T> read(JsonNode node, Function<JsonNode, T> reader) {
      return new Page<>(Pages.items(node, reader), Json.text(node, "nextCursor"));
    }
  }

  /** The {@code items} of one page read by {@code reader}. */
  public static <T> List<T> items(JsonNode page, Function<JsonNode, T> reader) {
    JsonNode items = page.path("items");
    if (!items.isArray()) {
      throw new IllegalArgumentException("a page without an items array");
    }
    List<T> read = new ArrayList<>();
    items.forEach(item -> read.add(reader.apply(item)));
    return read;
  }

  private static String page(String path, String cursor) {
    String query = (path.contains("?") ? "&" : "?") + "limit=" + PAGE_SIZE;
    return path + query + (cursor == null ? "" : "&cursor=" + Query.encode(cursor));
  }
}
