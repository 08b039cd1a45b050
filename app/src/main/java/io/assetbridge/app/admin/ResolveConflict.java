package io.assetbridge.app.admin;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.sync.ConflictResolution;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/conflicts/{id}/resolve?take=CONNECTION}: the named side's value is written to
 * the other side and becomes the agreed value, as {@code jobs resolve} does.
 */
final class ResolveConflict implements Handler {
  private final Engine engine;

  ResolveConflict(Engine engine) {
    this.engine = engine;
  }

  record Resolved(long id, String message) {}

  @Override
  public void handle(Context ctx) {
    String text = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw AdminProblem.badRequest("conflict id '" + text + "' is not a number");
    }
    String take = Params.text(ctx, "take");
    if (take == null) {
      throw AdminProblem.badRequest("say whose value stays: ?take=<connection>, e.g. take=netx");
    }
    ctx.json(new Resolved(id, new ConflictResolution(engine).resolve(id, take, "admin-api")));
  }
}
