package io.assetbridge.app.admin;

import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/** {@code GET /api/links?ref=}: which assets in other systems the ref is linked to, per flow. */
final class FindLinks implements Handler {
  private final Store store;

  FindLinks(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    String ref = Params.required(ctx, "ref", "ps:I0000abc");
    List<Link> links = store.inTransaction(tx -> tx.links().findByRef(ref));
    ctx.json(links);
  }
}
