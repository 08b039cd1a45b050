package io.assetbridge.core.audit;

import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One asset's audit records in order, found by any of its refs: the links name the same asset in
 * the other systems, so a VIP ref also finds the PhotoShelter-side records (read, blocked, …).
 */
public final class AssetTimeline {
  private AssetTimeline() {}

  public static List<AuditRecord> of(Store store, String ref, String flow) {
    return ofAny(store, List.of(ref), flow);
  }

  /**
   * The records of every ref given and every ref linked to one of them: a search row names one
   * asset by refs the links may not join (an external key), and its timeline is all of theirs.
   */
  public static List<AuditRecord> ofAny(Store store, Collection<String> given, String flow) {
    return store.inTransaction(
        tx -> {
          Set<String> refs = new LinkedHashSet<>(given);
          for (String ref : given) {
            for (Link link : tx.links().findByRef(ref)) {
              refs.add(link.sourceRef());
              refs.add(link.targetRef());
            }
          }
          Map<Long, AuditRecord> bySeq = new TreeMap<>();
          for (String r : refs) {
            AuditQuery query = AuditQuery.all().withRef(r);
            tx.audit()
                .list(flow == null ? query : query.withFlow(flow))
                .forEach(a -> bySeq.put(a.seq(), a));
          }
          return bySeq.values().stream()
              .sorted(Comparator.comparingLong(AuditRecord::seq))
              .toList();
        });
  }
}
