package io.assetbridge.core.search;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups hits that are the same asset: refs joined by a link in any flow (followed transitively, so
 * ps → netx → vip is one asset) or by an external key one platform holds for another.
 */
final class AssetIdentities {
  /** Refs looked up at most per search, so a densely linked store cannot stall it. */
  static final int MAX_LOOKUPS = 5000;

  private final Map<String, String> parent = new HashMap<>();

  /**
   * The hits grouped by real asset, each group's refs and hits in connection order; a null store
   * joins by external keys only.
   */
  static List<SearchRow> rows(Store store, List<Asset> hits, List<String> connectionOrder) {
    AssetIdentities ids = new AssetIdentities();
    hits.forEach(a -> ids.joinExternalKey(a));
    if (store != null) {
      ids.followLinks(store, hits);
    }
    return ids.group(hits, connectionOrder);
  }

  private void joinExternalKey(Asset a) {
    find(a.ref().toString());
    if (a.externalKey() != null && a.externalKey().indexOf(':') > 0) {
      union(a.ref().toString(), a.externalKey());
    }
  }

  private void followLinks(Store store, List<Asset> hits) {
    Deque<String> todo = new ArrayDeque<>();
    hits.forEach(a -> todo.add(a.ref().toString()));
    Set<String> seen = new LinkedHashSet<>();
    store.run(
        tx -> {
          while (!todo.isEmpty() && seen.size() < MAX_LOOKUPS) {
            String ref = todo.poll();
            if (!seen.add(ref)) {
              continue;
            }
            for (Link link : tx.links().findByRef(ref)) {
              union(link.sourceRef(), link.targetRef());
              todo.add(link.sourceRef().equals(ref) ? link.targetRef() : link.sourceRef());
            }
          }
        });
  }

  private List<SearchRow> group(List<Asset> hits, List<String> connectionOrder) {
    Map<String, List<Asset>> byRoot = new LinkedHashMap<>();
    hits.forEach(
        a -> byRoot.computeIfAbsent(find(a.ref().toString()), r -> new ArrayList<>()).add(a));
    Map<String, List<Ref>> refsByRoot = new HashMap<>();
    for (String ref : parent.keySet()) {
      Ref parsed = parse(ref);
      if (parsed != null) {
        refsByRoot.computeIfAbsent(find(ref), r -> new ArrayList<>()).add(parsed);
      }
    }
    Comparator<Ref> order =
        Comparator.<Ref>comparingInt(r -> rank(connectionOrder, r.connection()))
            .thenComparing(Ref::toString);
    List<SearchRow> rows = new ArrayList<>();
    byRoot.forEach(
        (root, assets) -> {
          List<Ref> refs = new ArrayList<>(refsByRoot.get(root));
          refs.sort(order);
          assets.sort(Comparator.comparingInt(a -> rank(connectionOrder, a.ref().connection())));
          rows.add(new SearchRow(refs, assets));
        });
    return rows;
  }

  private static int rank(List<String> order, String connection) {
    int i = order.indexOf(connection);
    return i < 0 ? order.size() : i;
  }

  private static Ref parse(String ref) {
    try {
      return Ref.parse(ref);
    } catch (IllegalArgumentException notARef) {
      return null;
    }
  }

  private String find(String ref) {
    String p = parent.computeIfAbsent(ref, r -> r);
    if (p.equals(ref)) {
      return ref;
    }
    String root = find(p);
    parent.put(ref, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
