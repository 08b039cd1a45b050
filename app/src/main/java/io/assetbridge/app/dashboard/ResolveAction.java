package io.assetbridge.app.dashboard;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.sync.ConflictResolution;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /conflicts/{id}/resolve} with form field {@code take}: keeps that connection's value
 * as {@code jobs resolve} does, then back to the list with what was done. A failure (already
 * resolved, a platform refusing the write) shows the list again with the reason.
 */
record ResolveAction(Engine engine, ConflictsPage page) implements Handler {
  @Override
  public void handle(Context ctx) {
    String text = ctx.pathParam("id");
    String take = ctx.formParam("take");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      refuse(ctx, HttpStatus.BAD_REQUEST, "conflict id '" + text + "' is not a number");
      return;
    }
    if (take == null || take.isBlank()) {
      refuse(ctx, HttpStatus.BAD_REQUEST, "say whose value stays: press one of the Keep buttons");
      return;
    }
    try {
      new ConflictResolution(engine).resolve(id, take, "dashboard");
    } catch (RuntimeException e) {
      // the person sees why and the conflict stays held; nothing was half written to the store
      refuse(ctx, HttpStatus.CONFLICT, "conflict " + id + " was not resolved: " + e.getMessage());
      return;
    }
    ctx.redirect("/conflicts?resolved=" + id, HttpStatus.SEE_OTHER);
  }

  private void refuse(Context ctx, HttpStatus status, String message) {
    ctx.status(status)
        .html(page.render("<div class=\"problem\" id=\"problem\">" + Html.esc(message) + "</div>"));
  }
}
