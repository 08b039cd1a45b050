package io.assetbridge.store;

import io.assetbridge.spi.Change;
import io.assetbridge.store.internal.Sql;
import java.util.Objects;
import java.util.OptionalLong;

/** Changes seen in sources, de-duplicated by (connection, object id, version key). */
public final class EventStore {
  private final Sql sql;
  private final Tx tx;

  EventStore(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /**
   * Inserts unless (connection, objectId, versionKey) exists; returns the new event id, or empty
   * for a duplicate. A duplicate never aborts the surrounding transaction.
   */
  public OptionalLong insertIfNew(Change change) {
    Objects.requireNonNull(change.connection(), "a change needs its connection");
    Objects.requireNonNull(change.objectId(), "a change needs its object id");
    Objects.requireNonNull(change.versionKey(), "a change needs a version key to be de-duplicated");
    Objects.requireNonNull(change.kind(), "a change needs its kind");
    return sql.insertReturningId(
        "INSERT INTO events (connection, object_id, version_key, kind, occurred_at, received_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        "connection, object_id, version_key",
        change.connection(),
        change.objectId(),
        change.versionKey(),
        change.kind(),
        change.occurredAt(),
        tx.now());
  }

  public long count() {
    return sql.number("SELECT COUNT(*) FROM events");
  }

  /** Events of one connection. */
  public long count(String connection) {
    return sql.number("SELECT COUNT(*) FROM events WHERE connection = ?", connection);
  }
}
