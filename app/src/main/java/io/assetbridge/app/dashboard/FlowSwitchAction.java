package io.assetbridge.app.dashboard;

import io.assetbridge.core.engine.Engine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /flows/{flow}/enable|disable}: the overview's switch, stored as the admin API's is,
 * so every node honours it.
 */
record FlowSwitchAction(Engine engine, boolean enable) implements Handler {
  @Override
  public void handle(Context ctx) {
    String flow = ctx.pathParam("flow");
    if (engine.plans().containsKey(flow)) {
      engine
          .store()
          .run(
              tx -> {
                if (enable) {
                  tx.flowSwitches().enable(flow);
                } else {
                  tx.flowSwitches().disable(flow, "dashboard");
                }
              });
    }
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }
}
