package io.assetbridge.connector.vip.internal.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.Problem;
import io.assetbridge.connector.vip.internal.api.VipAnswer;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.PermanentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pollable feed {@code GET /events} (§9). The cursor is the last event id seen; pages are read
 * while {@code hasMore}, up to {@link #MAX_PAGES} per batch so one poll stays bounded (the next
 * poll goes on from the cursor).
 */
public final class EventFeed {
  static final int PAGE_SIZE = 500;
  static final int MAX_PAGES = 20;

  private final VipApi api;
  private final EventMapping mapping;
  private final String connection;

  public EventFeed(VipApi api, String connection) {
    this.api = api;
    this.mapping = new EventMapping(connection);
    this.connection = connection;
  }

  public ChangeBatch changesSince(String cursor) {
    List<Change> changes = new ArrayList<>();
    String next = cursor;
    boolean more = true;
    for (int page = 0; more && page < MAX_PAGES; page++) {
      VipAnswer answer = api.get("/events" + Query.of().add("after", next).add("limit", PAGE_SIZE));
      if (answer.status() == 410) {
        throw expired(answer, next);
      }
      EventPage read = answer.map(this::read);
      changes.addAll(read.changes());
      next = read.nextCursor() == null ? next : read.nextCursor();
      more = read.hasMore();
    }
    return new ChangeBatch(changes, next);
  }

  private record EventPage(List<Change> changes, String nextCursor, boolean hasMore) {}

  private EventPage read(JsonNode page) {
    List<Change> changes = new ArrayList<>();
    if (!page.path("items").isArray()) {
      throw new IllegalArgumentException("an events page without an items array");
    }
    page.path("items").forEach(event -> mapping.toChange(event).ifPresent(changes::add));
    return new EventPage(
        changes, Json.text(page, "nextCursor"), page.path("hasMore").asBoolean(false));
  }

  private PermanentException expired(VipAnswer answer, String cursor) {
    Problem problem = answer.problem();
    return new PermanentException(
        "VIP connection "
            + connection
            + ": the events cursor "
            + cursor
            + " has expired or is"
            + " unknown ("
            + (problem == null ? "HTTP 410" : problem.describe())
            + "); a re-sync"
            + " by listing is needed, then poll again without a cursor ["
            + answer.call()
            + "]");
  }
}
