package io.assetbridge.app.admin;

import io.assetbridge.core.audit.AssetTimeline;
import io.assetbridge.core.audit.AuditTail;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/audit?asset=&flow=&limit=}: one asset's timeline across systems (any of its refs
 * finds it), or without {@code asset} the newest records.
 */
final class AuditTimeline implements Handler {
  private final Store store;

  AuditTimeline(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    String asset = Params.text(ctx, "asset");
    String flow = Params.text(ctx, "flow");
    var records =
        asset != null
            ? AssetTimeline.of(store, asset, flow)
            : AuditTail.newest(store, flow, Params.limit(ctx, 100));
    ctx.json(records);
  }
}
