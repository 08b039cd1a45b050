package io.assetbridge.app.admin;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/flows/{flow}/dry-run}: per changed asset, what the flow would do; no writes. */
final class DryRunFlow implements Handler {
  private final Engine engine;

  DryRunFlow(Engine engine) {
    this.engine = engine;
  }

  /** One line per changed asset, as {@code sync --dry-run} prints them. */
  record DryRunResult(String flow, int assets, List<String> decisions) {}

  @Override
  public void handle(Context ctx) {
    String flow = FlowNames.from(ctx, engine);
    List<String> lines = new ArrayList<>();
    int n = new SyncPass(engine).dryRun(flow, Params.instant(ctx, "since"), lines::add);
    ctx.json(new DryRunResult(flow, n, lines));
  }
}
