package io.assetbridge.app.dashboard;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.Link;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rights watch shows. Blocked assets come from the audit trail (the gate's "blocked"
 * records and their reasons), dropped once the asset was written later. Upcoming dates come from
 * reading, fresh from their platforms, the assets the engine knows: linked sources and blocked
 * ones, at most {@link #MAX_READS} of them, newest first.
 */
final class RightsWatch {
  static final int MAX_READS = 100;
  private final Engine engine;

  RightsWatch(Engine engine) {
    this.engine = engine;
  }

  /** An asset the gate held back, with the gate's reason. */
  record Blocked(String ref, String flow, Instant at, String reason) {}

  /** A rights date within the window: an embargo lifting or a licence expiring. */
  record Upcoming(String ref, String title, String what, Instant when) {}

  /** Upcoming dates, how many assets were read, and those that could not be read. */
  record Outlook(List<Upcoming> upcoming, int read, List<String> unreadable) {}

  List<Blocked> blocked() {
    Map<String, Blocked> newest = new LinkedHashMap<>();
    engine
        .store()
        .run(
            tx ->
                tx.audit().stream(
                    AuditQuery.all().withAction("blocked"),
                    r -> newest.put(r.sourceRef(), blocked(r))));
    List<Blocked> still = new ArrayList<>();
    for (Blocked b : newest.values()) {
      List<Link> links = engine.store().inTransaction(tx -> tx.links().findByRef(b.ref()));
      if (links.stream().noneMatch(l -> l.updatedAt().isAfter(b.at()))) {
        still.add(b);
      }
    }
    still.sort(Comparator.comparing(Blocked::at).reversed());
    return still;
  }

  Outlook upcoming(Duration window, List<Blocked> blocked) {
    Instant now = engine.clock().instant();
    Instant until = now.plus(window);
    List<Upcoming> found = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Set<String> refs = candidates(blocked);
    for (String ref : refs) {
      try {
        Asset asset = read(ref);
        if (asset == null) {
          continue;
        }
        add(found, asset, "embargo lifts", asset.rights().embargoUntil(), now, until);
        add(found, asset, "licence expires", asset.rights().expiresAt(), now, until);
      } catch (RuntimeException e) { // a platform that is down or an asset that is gone
        unreadable.add(ref + ": " + e.getMessage());
      }
    }
    found.sort(Comparator.comparing(Upcoming::when));
    return new Outlook(found, refs.size(), unreadable);
  }

  private Set<String> candidates(List<Blocked> blocked) {
    Set<String> refs = new LinkedHashSet<>();
    blocked.forEach(b -> refs.add(b.ref()));
    engine
        .store()
        .inTransaction(tx -> tx.links().list(null, MAX_READS))
        .forEach(l -> refs.add(l.sourceRef()));
    return refs.stream().limit(MAX_READS).collect(LinkedHashSet::new, Set::add, Set::addAll);
  }

  private Asset read(String ref) {
    Ref parsed = Ref.parse(ref);
    return engine.connectors().get(parsed.connection()) instanceof AssetReader reader
        ? reader.read(parsed.id())
        : null;
  }

  private static void add(
      List<Upcoming> found, Asset asset, String what, Instant when, Instant now, Instant until) {
    if (when != null && when.isAfter(now) && !when.isAfter(until)) {
      found.add(new Upcoming(asset.ref().toString(), asset.title(), what, when));
    }
  }

  private static Blocked blocked(AuditRecord r) {
    return new Blocked(r.sourceRef(), r.flow(), r.at(), r.detail());
  }
}
