package io.assetbridge.app.dashboard;

import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /jobs/{id}/retry} and {@code POST /jobs/retry}: replays dead jobs as {@code jobs
 * retry} does, then back to the job list with how many were queued.
 */
record RetryAction(Store store, boolean one) implements Handler {
  @Override
  public void handle(Context ctx) {
    Long id = one ? parse(ctx.pathParam("id")) : null;
    int n = id == null && one ? 0 : store.inTransaction(tx -> tx.jobs().retryDead(id, null));
    String back = one ? "/jobs?retried=" + n + "#job-" + id : "/jobs?retried=" + n;
    ctx.redirect(back, HttpStatus.SEE_OTHER);
  }

  private static Long parse(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
