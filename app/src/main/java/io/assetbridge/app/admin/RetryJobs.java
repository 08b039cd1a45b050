package io.assetbridge.app.admin;

import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/jobs/{id}/retry} replays one dead job; {@code POST /api/jobs/retry?flow=} all
 * dead jobs (of a flow). Running workers pick them up; as {@code jobs retry} does.
 */
final class RetryJobs implements Handler {
  private final Store store;
  private final boolean one;

  RetryJobs(Store store, boolean one) {
    this.store = store;
    this.one = one;
  }

  /** How many dead jobs were queued again. */
  record Retried(int requeued) {}

  @Override
  public void handle(Context ctx) {
    Long id = one ? jobId(ctx) : null;
    String flow = one ? null : Params.text(ctx, "flow");
    int n = store.inTransaction(tx -> tx.jobs().retryDead(id, flow));
    if (one && n == 0) {
      throw AdminProblem.notFound("no dead job " + id + "; only dead jobs can be retried");
    }
    ctx.json(new Retried(n));
  }

  static long jobId(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw AdminProblem.badRequest("job id '" + text + "' is not a number");
    }
  }
}
