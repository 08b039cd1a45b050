package io.assetbridge.emulator.vip.events;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Json;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import io.assetbridge.emulator.vip.http.QueryParams;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code GET /events?after=&limit=}: the feed page, items written as their stored bytes. */
public final class ListEvents implements ApiOperation {
  private final Platform platform;

  public ListEvents(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("after", "limit"));
    int limit = query.limit(100, 500);
    String after = query.get("after").orElse(null);
    return platform.locked(account -> page(account.events(), after, limit));
  }

  private static ApiResponse page(EventFeed feed, String after, int limit) {
    long from = after == null ? 0 : feed.seqOf(after);
    if (from < 0) {
      throw new Problem(
          ProblemType.CURSOR_EXPIRED,
          "'" + after + "' names no retained event; re-sync by listing, then poll without after");
    }
    List<FeedEvent> items = feed.after(from, limit);
    String next = items.isEmpty() ? after : items.getLast().id();
    boolean hasMore = from + items.size() < feed.size();
    String json =
        "{\"items\":["
            + items.stream().map(FeedEvent::json).collect(Collectors.joining(","))
            + "],\"nextCursor\":"
            + Json.text(next)
            + ",\"hasMore\":"
            + hasMore
            + "}";
    return ApiResponse.rawJson(200, json);
  }
}
