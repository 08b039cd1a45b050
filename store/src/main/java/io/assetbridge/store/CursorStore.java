package io.assetbridge.store;

import io.assetbridge.store.internal.Sql;
import java.util.Optional;

/** Where each poller left off; saved in the same transaction as the events it read. */
public final class CursorStore {
  /** The name of a connection's change-feed cursor. */
  public static String changesOf(String connection) {
    return "changes:" + connection;
  }

  private final Sql sql;
  private final Tx tx;

  CursorStore(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  public Optional<String> get(String source) {
    return sql.first(
        "SELECT cursor_value FROM cursors WHERE source = ?", row -> row.getString(1), source);
  }

  public void save(String source, String cursor) {
    sql.upsert(
        "UPDATE cursors SET cursor_value = ?, updated_at = ? WHERE source = ?",
        new Object[] {cursor, tx.now(), source},
        "INSERT INTO cursors (source, cursor_value, updated_at) VALUES (?, ?, ?)",
        "source",
        new Object[] {source, cursor, tx.now()});
  }
}
