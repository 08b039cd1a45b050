package io.assetbridge.app.server;

import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: ok when the store answers a trivial transaction, else 503 with why. */
final class HealthHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);
  private final Store store;

  HealthHandler(Store store) {
    this.store = store;
  }

  /** The answer's body: {@code store} is "ok" or what went wrong. */
  record Health(String status, String store) {}

  @Override
  public void handle(Context ctx) {
    try {
      // a primary-key read of a cursor no source uses: one round trip, no table scan
      store.inTransaction(tx -> tx.cursors().get("health-check"));
      ctx.json(new Health("ok", "ok"));
    } catch (RuntimeException e) { // the store's messages redact credentials
      LOG.warn("health check: the store failed: {}", e.getMessage());
      ctx.status(503).json(new Health("unavailable", e.getMessage()));
    }
  }
}
