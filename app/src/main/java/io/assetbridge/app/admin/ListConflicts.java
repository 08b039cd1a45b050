package io.assetbridge.app.admin;

import io.assetbridge.store.Conflict;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/** {@code GET /api/conflicts?flow=}: conflicts two-way flows hold for a person, oldest first. */
final class ListConflicts implements Handler {
  private final Store store;

  ListConflicts(Store store) {
    this.store = store;
  }

  record Held(List<Conflict> conflicts) {}

  @Override
  public void handle(Context ctx) {
    String flow = Params.text(ctx, "flow");
    ctx.json(new Held(store.inTransaction(tx -> tx.conflicts().held(flow))));
  }
}
