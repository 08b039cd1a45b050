package io.assetbridge.store;

import io.assetbridge.store.internal.Sql;
import java.time.Duration;

/**
 * Signed-in dashboard sessions, by the hash of their cookie's id. A session is valid until it
 * expires, is closed (sign-out), or the admin token that opened it is replaced ({@code keyMark}).
 */
public final class DashboardSessions {
  private final Sql sql;
  private final Tx tx;

  DashboardSessions(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Opens a session lasting {@code lifetime} from now; expired sessions are cleared first. */
  public void open(String idHash, String keyMark, Duration lifetime) {
    sql.update("DELETE FROM dashboard_sessions WHERE expires_at <= ?", tx.now());
    sql.update(
        "INSERT INTO dashboard_sessions (id_hash, key_mark, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?)",
        idHash,
        keyMark,
        tx.now(),
        tx.now().plus(lifetime));
  }

  /** Whether the session is open, unexpired and was opened with the current token. */
  public boolean isOpen(String idHash, String keyMark) {
    return sql.number(
            "SELECT COUNT(*) FROM dashboard_sessions"
                + " WHERE id_hash = ? AND key_mark = ? AND expires_at > ?",
            idHash,
            keyMark,
            tx.now())
        > 0;
  }

  /** Ends the session; true when it was open. */
  public boolean close(String idHash) {
    return sql.update("DELETE FROM dashboard_sessions WHERE id_hash = ?", idHash) == 1;
  }
}
