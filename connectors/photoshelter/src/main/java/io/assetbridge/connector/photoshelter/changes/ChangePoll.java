package io.assetbridge.connector.photoshelter.changes;

import io.assetbridge.connector.photoshelter.client.MediaItem;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.connector.photoshelter.client.PsTime;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One poll pass of §6: a fixed window up to now, every page, one repeat when paging under edits
 * lost items, and a cursor at the largest {@code modified_at} seen (never at {@code to}, so late
 * indexed items are not lost). Then the approval rescan of §8.
 *
 * <p>A change's version key is its whole-second {@code modified_at}, so a second edit within the
 * same second would carry the key of a change already taken and be dropped as a duplicate. A {@code
 * modified_at} whose second may still be running is therefore keyed as {@link Unsettled unsettled};
 * once the second is over, the overlap lists it again under its plain key, and that job reads every
 * edit of the second. The cost is one extra read per freshly changed image.
 */
public final class ChangePoll {
  private final String connection;
  private final MediaSearch search;
  private final ApprovalRescan rescan;
  private final Instant startAt;
  private final Duration overlap;
  private final InstantSource clock;

  public ChangePoll(
      String connection,
      MediaSearch search,
      ApprovalRescan rescan,
      Instant startAt,
      Duration overlap,
      InstantSource clock) {
    this.connection = connection;
    this.search = search;
    this.rescan = rescan;
    this.startAt = startAt;
    this.overlap = overlap;
    this.clock = clock;
  }

  public ChangeBatch since(String cursorText) {
    PollCursor cursor = PollCursor.parse(cursorText);
    Instant from =
        cursor == null ? startAt : cursor.exact() ? cursor.at() : cursor.at().minus(overlap);
    Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<MediaItem> seen = from.isAfter(to) ? List.of() : window(from, to);
    Instant now = clock.instant();
    List<Change> changes = new ArrayList<>(updates(seen, now));
    if (rescan != null) {
      changes.addAll(rescan.approvedChanges(now));
    }
    return new ChangeBatch(changes, next(cursor, cursorText, seen));
  }

  private List<MediaItem> window(Instant from, Instant to) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("modify_start", PsTime.formatV4(from));
    filters.put("modify_end", PsTime.formatV4(to));
    MediaSearch.Result first = search.all(filters);
    List<MediaItem> items = new ArrayList<>(first.items());
    if (distinctIds(items) < first.total()) {
      items.addAll(search.all(filters).items());
    }
    return items;
  }

  private List<Change> updates(List<MediaItem> items, Instant now) {
    Map<String, Change> byKey = new LinkedHashMap<>();
    for (MediaItem item : items) {
      if (item.modifiedAt() != null) {
        String version = Unsettled.key(item.modifiedAt().toString(), item.modifiedAt(), now);
        byKey.putIfAbsent(
            item.id() + "@" + version,
            new Change(connection, item.id(), version, "asset.updated", item.modifiedAt()));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static String next(PollCursor cursor, String cursorText, List<MediaItem> seen) {
    Instant newest =
        seen.stream()
            .map(MediaItem::modifiedAt)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    if (newest == null || (cursor != null && !newest.isAfter(cursor.at()))) {
      return cursorText;
    }
    return new PollCursor(newest, false).text();
  }

  private static long distinctIds(List<MediaItem> items) {
    Set<String> ids = items.stream().map(MediaItem::id).collect(Collectors.toSet());
    return ids.size();
  }
}
