package io.assetbridge.app.server;

import io.assetbridge.core.health.ConnectionContacts;
import io.assetbridge.core.health.ConnectionHealth;
import io.assetbridge.core.health.RateLimitState;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} (readiness): 200 when the store answers a trivial transaction, else 503 with
 * why; either way each connection's last contact. A platform being down does not make the engine
 * unready: its jobs wait and retry.
 */
final class HealthHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);
  private final Store store;
  private final ConnectionContacts contacts;

  HealthHandler(Store store, ConnectionContacts contacts) {
    this.store = store;
    this.contacts = contacts;
  }

  /** The answer's body: {@code store} is "ok" or what went wrong. */
  record Health(String status, String store, List<Contact> connections) {}

  /** One connection's last contact; instants as ISO-8601 text, null when never. */
  record Contact(
      String connection,
      String lastSuccessAt,
      String lastErrorAt,
      String lastError,
      long calls,
      long errors,
      RateLimitState limits) {
    static Contact of(ConnectionHealth h) {
      return new Contact(
          h.connection(),
          text(h.lastSuccessAt()),
          text(h.lastErrorAt()),
          h.lastError(),
          h.calls(),
          h.errors(),
          h.limits());
    }

    private static String text(Instant at) {
      return at == null ? null : at.toString();
    }
  }

  @Override
  public void handle(Context ctx) {
    List<Contact> connections = contacts.all().stream().map(Contact::of).toList();
    try {
      // a primary-key read of a cursor no source uses: one round trip, no table scan
      store.inTransaction(tx -> tx.cursors().get("health-check"));
      ctx.json(new Health("ok", "ok", connections));
    } catch (RuntimeException e) { // the store's messages redact credentials
      LOG.warn("health check: the store failed: {}", e.getMessage());
      ctx.status(503).json(new Health("unavailable", e.getMessage(), connections));
    }
  }
}
