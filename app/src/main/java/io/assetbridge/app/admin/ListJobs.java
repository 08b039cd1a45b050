package io.assetbridge.app.admin;

import io.assetbridge.store.Job;
import io.assetbridge.store.JobState;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/** {@code GET /api/jobs?state=&flow=&limit=}: jobs newest first, with counts per state. */
final class ListJobs implements Handler {
  private final Store store;

  ListJobs(Store store) {
    this.store = store;
  }

  /** The jobs asked for and how many of the flow's (or all) jobs are in each state. */
  record Jobs(List<Job> jobs, Map<JobState, Long> counts) {}

  @Override
  public void handle(Context ctx) {
    JobState state = Params.state(ctx);
    String flow = Params.text(ctx, "flow");
    int limit = Params.limit(ctx, 100);
    ctx.json(
        store.inTransaction(
            tx -> new Jobs(tx.jobs().list(state, flow, limit), tx.jobs().counts(flow))));
  }
}
