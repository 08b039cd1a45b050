package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.RowMapper;
import io.assetbridge.store.internal.Sql;
import java.time.Instant;
import java.util.List;

/**
 * Moments when an asset's rights change with no edit: an embargo lifting, a licence expiring. The
 * engine fires each once, when its clock reaches it; the same (ref, kind, moment) is kept once.
 */
public final class RightsTimers {
  /**
   * A timer due at {@code dueAt} for the asset {@code ref}; kind is "embargo-lifts" or "expires".
   */
  public record Timer(long id, String ref, String kind, Instant dueAt) {}

  private static final RowMapper<Timer> ROW =
      row ->
          new Timer(
              row.getLong("id"),
              row.getString("ref"),
              row.getString("kind"),
              Columns.instant(row, "due_at"));
  private final Sql sql;
  private final Tx tx;

  RightsTimers(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Schedules the timer unless it exists; true when new. */
  public boolean schedule(String ref, String kind, Instant dueAt) {
    return sql.insertIgnoringDuplicate(
        "INSERT INTO rights_timers (ref, kind, due_at) VALUES (?, ?, ?)",
        "ref, kind, due_at",
        ref,
        kind,
        dueAt);
  }

  /** Unfired timers due at or before {@code now}, earliest first. */
  public List<Timer> due(Instant now, int limit) {
    return unfired("<=", now, limit);
  }

  /** Unfired timers due before {@code until}, earliest first (the rights watch). */
  public List<Timer> upcoming(Instant until, int limit) {
    return unfired("<", until, limit);
  }

  private List<Timer> unfired(String comparison, Instant bound, int limit) {
    return sql.list(
        "SELECT id, ref, kind, due_at FROM rights_timers WHERE fired_at IS NULL AND due_at "
            + comparison
            + " ? ORDER BY due_at, id LIMIT ?",
        ROW,
        bound,
        limit);
  }

  /** Marks the timer fired; false when another node fired it first. */
  public boolean fire(long id) {
    return sql.update(
            "UPDATE rights_timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL", tx.now(), id)
        > 0;
  }
}
