package io.assetbridge.core.audit;

import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.Store;
import java.util.ArrayDeque;
import java.util.List;

/** The newest audit records, oldest of them first. */
public final class AuditTail {
  private AuditTail() {}

  /**
   * The newest {@code limit} records (of the flow; null = all), streamed so a long trail is never
   * held whole.
   */
  public static List<AuditRecord> newest(Store store, String flow, int limit) {
    var newest = new ArrayDeque<AuditRecord>();
    AuditQuery query = flow == null ? AuditQuery.all() : AuditQuery.all().withFlow(flow);
    store.run(
        tx ->
            tx.audit().stream(
                query,
                r -> {
                  newest.addLast(r);
                  if (newest.size() > limit) {
                    newest.removeFirst();
                  }
                }));
    return List.copyOf(newest);
  }
}
