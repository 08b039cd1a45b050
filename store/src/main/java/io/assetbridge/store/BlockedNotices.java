package io.assetbridge.store;

import io.assetbridge.store.internal.Sql;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each flow's rights gate last told the source about a blocked asset, as a fingerprint per
 * field: the next block for the same reason writes nothing, so writing to the source cannot loop.
 */
public final class BlockedNotices {
  private final Sql sql;
  private final Tx tx;

  BlockedNotices(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Field → fingerprint of the values last written for the asset; empty when none. */
  public Map<String, String> last(String flow, String sourceRef) {
    Map<String, String> out = new LinkedHashMap<>();
    sql.list(
            "SELECT field, fingerprint FROM blocked_notices WHERE flow = ? AND source_ref = ?",
            row -> Map.entry(row.getString(1), row.getString(2)),
            flow,
            Texts.storable(sourceRef))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  public void save(String flow, String sourceRef, Map<String, String> fingerprints) {
    String ref = Texts.storable(sourceRef);
    fingerprints.forEach(
        (field, print) ->
            sql.upsert(
                "UPDATE blocked_notices SET fingerprint = ?, updated_at = ?"
                    + " WHERE flow = ? AND source_ref = ? AND field = ?",
                new Object[] {print, tx.now(), flow, ref, field},
                "INSERT INTO blocked_notices (flow, source_ref, field, fingerprint, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                "flow, source_ref, field",
                new Object[] {flow, ref, field, print, tx.now()}));
  }

  /** Forgets the asset's notices once it passes the gate, so a later block is told again. */
  public int clear(String flow, String sourceRef) {
    return sql.update(
        "DELETE FROM blocked_notices WHERE flow = ? AND source_ref = ?",
        flow,
        Texts.storable(sourceRef));
  }
}
