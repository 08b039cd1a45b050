package io.assetbridge.store;

import io.assetbridge.spi.Change;
import io.assetbridge.testkit.SettableClock;
import java.time.Instant;

/** What every contract needs from the backend under test: a store, its clock and raw SQL. */
interface StoreFixture {
  Instant START = Instant.parse("2025-03-01T10:00:00Z");

  Store store();

  SettableClock clock();

  /** Runs plain SQL outside the store, as a person tampering with the database would. */
  int execute(String sql, Object... params);

  /** A number a plain SQL query answers (its first column of its first row). */
  long number(String sql, Object... params);

  /** A URL of a new, empty database (or schema) of the same kind. */
  String freshUrl(String name);

  static Change change(String objectId, String version) {
    return new Change("ps", objectId, version, "asset.updated", START);
  }

  /** Inserts an event and enqueues a job of the flow for its object, due now. */
  default long job(String flow, String objectId, String version) {
    return store()
        .inTransaction(
            tx -> {
              long event = tx.events().insertIfNew(change(objectId, version)).orElseThrow();
              tx.jobs().enqueue(flow, event, "ps:" + objectId, tx.now());
              return tx.jobs().list(null, flow, 0).stream()
                  .filter(j -> j.eventId() == event)
                  .findFirst()
                  .orElseThrow()
                  .id();
            });
  }
}
