package io.assetbridge.connector.netx.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.client.Criteria;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.Options;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.PermanentException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One polling pass over {@code modDate} (netx.md §8): restarts at the last modDate of each full
 * page, steps over a full page of one modDate by startIndex, and never moves the cursor to "now".
 */
public final class ChangePoll {
  private final String connection;
  private final NetxApi api;
  private final Supplier<Long> folderId;
  private final Duration overlap;
  private final int pageSize;

  public ChangePoll(
      String connection, NetxApi api, Supplier<Long> folderId, Duration overlap, int pageSize) {
    this.connection = connection;
    this.api = api;
    this.folderId = folderId;
    this.overlap = overlap;
    this.pageSize = pageSize;
  }

  public ChangeBatch since(long cursor) {
    Map<String, Change> seen = new LinkedHashMap<>();
    long min = cursor;
    long maxSeen = Long.MIN_VALUE;
    int start = 0;
    while (true) {
      JsonNode page = api.query(criteria(min), Options.page(start, pageSize, "modDate", "asc"));
      for (JsonNode a : page) {
        Change c = change(a);
        seen.putIfAbsent(c.objectId() + "@" + c.versionKey(), c);
        maxSeen = Math.max(maxSeen, a.path("modDate").asLong());
      }
      if (page.size() < pageSize) {
        break;
      }
      long last = page.get(page.size() - 1).path("modDate").asLong();
      start = last > min ? 0 : start + pageSize;
      min = Math.max(min, last);
    }
    long next = maxSeen == Long.MIN_VALUE ? cursor : Math.max(cursor, maxSeen - overlap.toMillis());
    return new ChangeBatch(new ArrayList<>(seen.values()), Long.toString(next));
  }

  private List<Map<String, Object>> criteria(long min) {
    List<Map<String, Object>> q = new ArrayList<>(List.of(Criteria.modifiedFrom(min)));
    Long folder = folderId.get();
    if (folder != null) {
      q.add(Criteria.inFolder(folder));
    }
    return q;
  }

  private Change change(JsonNode a) {
    long mod = a.path("modDate").asLong();
    boolean created = a.path("importDate").asLong(-1) == mod;
    return new Change(
        connection,
        a.path("id").asText(),
        Long.toString(mod),
        created ? "asset.created" : "asset.updated",
        Instant.ofEpochMilli(mod));
  }

  public static long parseCursor(String cursor) {
    try {
      return Long.parseLong(cursor.strip());
    } catch (NumberFormatException e) {
      throw new PermanentException(
          "'" + cursor + "' is not a NetX cursor; expected a modDate in epoch milliseconds", e);
    }
  }
}
