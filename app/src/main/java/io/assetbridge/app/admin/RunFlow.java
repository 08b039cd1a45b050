package io.assetbridge.app.admin;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/flows/{flow}/run}: one pass now, as {@code sync FLOW} does (poll once, then work
 * until none of the flow's jobs is pending or running); answers when the pass is over.
 */
final class RunFlow implements Handler {
  private final Engine engine;

  RunFlow(Engine engine) {
    this.engine = engine;
  }

  /** What the pass saw and how its jobs ended. */
  record RunResult(String flow, int changes, int newEvents, int jobsQueued, long done, long dead) {}

  @Override
  public void handle(Context ctx) {
    String flow = FlowNames.from(ctx, engine);
    SyncPass.Progress last =
        new SyncPass(engine).run(flow, Params.instant(ctx, "since"), p -> {}, step -> {});
    var poll = last.poll();
    ctx.json(
        new RunResult(
            flow, poll.changes(), poll.newEvents(), poll.jobs(), last.done(), last.dead()));
  }
}
