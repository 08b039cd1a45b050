package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.RowMapper;
import io.assetbridge.store.internal.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Held conflicts of two-way flows: at most one open per (flow, pair, field). */
public final class ConflictStore {
  private static final String COLUMNS =
      "id, flow, left_ref, right_ref, field, left_value, right_value, state, resolution,"
          + " created_at, updated_at";
  private static final RowMapper<Conflict> ROW =
      row ->
          new Conflict(
              row.getLong("id"),
              row.getString("flow"),
              row.getString("left_ref"),
              row.getString("right_ref"),
              row.getString("field"),
              row.getString("left_value"),
              row.getString("right_value"),
              "HELD".equals(row.getString("state")),
              row.getString("resolution"),
              Columns.instant(row, "created_at"),
              Columns.instant(row, "updated_at"));
  private final Sql sql;
  private final Tx tx;

  ConflictStore(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** The open conflict of this pair's field, if any. */
  public Optional<Conflict> open(String flow, String leftRef, String field) {
    return sql.first(
        "SELECT "
            + COLUMNS
            + " FROM conflicts"
            + " WHERE state = 'HELD' AND flow = ? AND left_ref = ? AND field = ?",
        ROW,
        flow,
        leftRef,
        field);
  }

  /**
   * Holds the field's conflict, or refreshes the values of the one already held. Returns true when
   * something changed (a new conflict, or new values on either side).
   */
  public boolean hold(
      String flow,
      String leftRef,
      String rightRef,
      String field,
      String leftValue,
      String rightValue) {
    Instant now = tx.now();
    Optional<Conflict> open = open(flow, leftRef, field);
    if (open.isPresent()) {
      Conflict c = open.get();
      if (same(c.leftValue(), leftValue) && same(c.rightValue(), rightValue)) {
        return false;
      }
      sql.update(
          "UPDATE conflicts SET left_value = ?, right_value = ?, right_ref = ?, updated_at = ?"
              + " WHERE id = ?",
          leftValue,
          rightValue,
          rightRef,
          now,
          c.id());
      return true;
    }
    sql.update(
        "INSERT INTO conflicts (flow, left_ref, right_ref, field, left_value, right_value, state,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'HELD', ?, ?)",
        flow,
        leftRef,
        rightRef,
        field,
        leftValue,
        rightValue,
        now,
        now);
    return true;
  }

  /** Marks a held conflict resolved; false when it was not held (already resolved or unknown). */
  public boolean resolve(long id, String resolution) {
    return sql.update(
            "UPDATE conflicts SET state = 'RESOLVED', resolution = ?, updated_at = ?"
                + " WHERE id = ? AND state = 'HELD'",
            resolution,
            tx.now(),
            id)
        > 0;
  }

  public Optional<Conflict> get(long id) {
    return sql.first("SELECT " + COLUMNS + " FROM conflicts WHERE id = ?", ROW, id);
  }

  /** Held conflicts (of one flow, or all when null), oldest first. */
  public List<Conflict> held(String flow) {
    return flow == null
        ? sql.list("SELECT " + COLUMNS + " FROM conflicts WHERE state = 'HELD' ORDER BY id", ROW)
        : sql.list(
            "SELECT " + COLUMNS + " FROM conflicts WHERE state = 'HELD' AND flow = ? ORDER BY id",
            ROW,
            flow);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
