package io.assetbridge.app.dashboard;

import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /jobs/{id}/retry} and {@code POST /jobs/retry[?flow=]}: replays dead jobs as {@code
 * jobs retry} does (all of them, or one flow's), then back to the job list with how many were
 * queued.
 */
record RetryAction(Store store, boolean one) implements Handler {
  @Override
  public void handle(Context ctx) {
    Long id = one ? parse(ctx.pathParam("id")) : null;
    String flow = one ? null : blankToNull(ctx.formParam("flow"));
    int n = id == null && one ? 0 : store.inTransaction(tx -> tx.jobs().retryDead(id, flow));
    String back =
        one
            ? "/jobs?retried=" + n + "#job-" + id
            : "/jobs?retried=" + n + (flow == null ? "" : "&flow=" + Html.query(flow));
    ctx.redirect(back, HttpStatus.SEE_OTHER);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static Long parse(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
