package io.assetbridge.connector.vip.internal.distribution;

import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.Pages;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.PermanentException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a flow's {@code list} (a list id, or a list name in any case) to a VIP list. Lists are
 * read by paging {@code GET /lists} and kept for a short time per connection; a miss reads again
 * once, so a list made a moment ago is found.
 */
final class ListDirectory {
  static final Duration KEEP = Duration.ofSeconds(60);

  private final VipApi api;
  private final InstantSource clock;
  private final String connection;
  private volatile Snapshot snapshot;

  ListDirectory(VipApi api, InstantSource clock, String connection) {
    this.api = api;
    this.clock = clock;
    this.connection = connection;
  }

  private record Snapshot(List<VipList> lists, Instant readAt) {}

  VipList resolve(String idOrName) {
    List<VipList> found = find(current(false), idOrName);
    if (found.isEmpty()) {
      found = find(current(true), idOrName);
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new PermanentException(
        found.isEmpty()
            ? "VIP connection "
                + connection
                + " has no list '"
                + idOrName
                + "'; lists: "
                + describe(snapshot.lists())
            : "VIP connection "
                + connection
                + " has several lists named '"
                + idOrName
                + "': "
                + describe(found)
                + "; name one by id");
  }

  private static List<VipList> find(List<VipList> lists, String idOrName) {
    List<VipList> byId = lists.stream().filter(l -> l.id().equals(idOrName)).toList();
    if (!byId.isEmpty()) {
      return byId;
    }
    String wanted = idOrName.toLowerCase(Locale.ROOT);
    return lists.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
  }

  private List<VipList> current(boolean fresh) {
    Snapshot known = snapshot;
    if (fresh || known == null || clock.instant().isAfter(known.readAt().plus(KEEP))) {
      known = new Snapshot(Pages.all(api, "/lists", ListDirectory::list), clock.instant());
      snapshot = known;
    }
    return known.lists();
  }

  private static VipList list(com.fasterxml.jackson.databind.JsonNode node) {
    Long members = Json.number(node, "memberCount");
    return new VipList(
        Json.text(node, "id"), Json.text(node, "name"), members == null ? 0 : members);
  }

  private static String describe(List<VipList> lists) {
    return lists.isEmpty()
        ? "none"
        : String.join(", ", lists.stream().map(VipList::toString).toList());
  }
}
