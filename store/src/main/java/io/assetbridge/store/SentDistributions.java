package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.RowMapper;
import io.assetbridge.store.internal.Sql;
import io.assetbridge.store.internal.Where;
import java.util.List;

/** Deliveries already made, unique per (flow, sourceRef, routeKey). */
public final class SentDistributions {
  private static final RowMapper<SentDistribution> ROW =
      row ->
          new SentDistribution(
              row.getLong("id"),
              row.getString("flow"),
              row.getString("source_ref"),
              row.getString("route_key"),
              row.getString("target_ref"),
              row.getString("distribution_id"),
              Columns.instant(row, "sent_at"));
  private final Sql sql;
  private final Tx tx;

  SentDistributions(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  public boolean exists(String flow, String sourceRef, String routeKey) {
    return sql.number(
            "SELECT COUNT(*) FROM sent_distributions"
                + " WHERE flow = ? AND source_ref = ? AND route_key = ?",
            flow,
            sourceRef,
            routeKey)
        > 0;
  }

  /**
   * Records a delivery. A second record for the same (flow, sourceRef, routeKey) keeps the first
   * and changes nothing, so a replayed job's commit never fails on it.
   */
  public void record(
      String flow, String sourceRef, String routeKey, String targetRef, String distributionId) {
    sql.insertIgnoringDuplicate(
        "INSERT INTO sent_distributions"
            + " (flow, source_ref, route_key, target_ref, distribution_id, sent_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        "flow, source_ref, route_key",
        flow,
        sourceRef,
        routeKey,
        targetRef,
        distributionId,
        tx.now());
  }

  /** Deliveries of the source asset, oldest first. */
  public List<SentDistribution> forSource(String sourceRef) {
    return sql.list(
        "SELECT * FROM sent_distributions WHERE source_ref = ? ORDER BY id", ROW, sourceRef);
  }

  /** How many deliveries the flow (null = all) made. */
  public long count(String flow) {
    Where where = new Where().andIfGiven("flow = ?", flow);
    return sql.number("SELECT COUNT(*) FROM sent_distributions" + where.sql(), where.params());
  }
}
