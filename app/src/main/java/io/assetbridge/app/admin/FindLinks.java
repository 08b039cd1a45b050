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

  /** One link: the source asset and the target it became in a flow. */
  record LinkView(
      String flow, String sourceRef, String targetRef, String sourceVersion, String updatedAt) {
    static LinkView of(Link l) {
      return new LinkView(
          l.flow(), l.sourceRef(), l.targetRef(), l.sourceVersion(), String.valueOf(l.updatedAt()));
    }
  }

  @Override
  public void handle(Context ctx) {
    String ref = Params.required(ctx, "ref", "ps:I0000abc");
    List<LinkView> links =
        store.inTransaction(tx -> tx.links().findByRef(ref)).stream().map(LinkView::of).toList();
    ctx.json(links);
  }
}
