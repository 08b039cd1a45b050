package io.assetbridge.app.admin;

import io.assetbridge.core.engine.Engine;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/flows/{flow}/enable|disable}: durable, seen by every node. A disabled flow's
 * jobs are still queued but not run until it is enabled again.
 */
final class SwitchFlow implements Handler {
  private final Engine engine;
  private final boolean enable;

  SwitchFlow(Engine engine, boolean enable) {
    this.engine = engine;
    this.enable = enable;
  }

  /** The answer: the flow, whether it is now enabled, and whether this call changed that. */
  record Switched(String flow, boolean enabled, boolean changed) {}

  @Override
  public void handle(Context ctx) {
    String flow = FlowNames.from(ctx, engine);
    boolean changed =
        engine
            .store()
            .inTransaction(
                tx ->
                    enable
                        ? tx.flowSwitches().enable(flow)
                        : tx.flowSwitches().disable(flow, "admin-api"));
    ctx.json(new Switched(flow, enable, changed));
  }
}
