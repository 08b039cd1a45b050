package io.assetbridge.emulator.vip.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging over (time, id number): a cursor names the last item's position, so items created
 * while a client pages appear later and never twice. Cursors are bound to the endpoint's filters.
 */
public final class Pager {
  private static final Comparator<SortKey> ORDER =
      Comparator.comparingLong(SortKey::millis).thenComparingLong(SortKey::idNumber);

  private Pager() {}

  /** Where an item sits in the endpoint's order. */
  public record SortKey(long millis, long idNumber) {}

  public record Page<T>(List<T> items, String nextCursor) {}

  public static <T> Page<T> page(
      List<T> items, Function<T, SortKey> key, QueryParams query, String endpoint) {
    int limit = query.limit(50, 200);
    String scope = endpoint + "?" + query.filters();
    SortKey after = query.get("cursor").map(cursor -> decode(cursor, scope)).orElse(null);
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(key, ORDER));
    List<T> page = new ArrayList<>();
    for (T item : sorted) {
      if (after != null && ORDER.compare(key.apply(item), after) <= 0) {
        continue;
      }
      if (page.size() == limit) {
        return new Page<>(page, encode(scope, key.apply(page.getLast())));
      }
      page.add(item);
    }
    return new Page<>(page, null);
  }

  private static String encode(String scope, SortKey key) {
    String text = scope + "\n" + key.millis() + "\n" + key.idNumber();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static SortKey decode(String cursor, String scope) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
    } catch (IllegalArgumentException e) {
      throw Problem.invalid("cursor is not one this endpoint issued; pass nextCursor unchanged");
    }
    if (parts.length != 3 || !parts[0].equals(scope)) {
      throw Problem.invalid("cursor does not belong to this endpoint and these filters");
    }
    try {
      return new SortKey(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      throw Problem.invalid("cursor is damaged; pass nextCursor unchanged");
    }
  }
}
