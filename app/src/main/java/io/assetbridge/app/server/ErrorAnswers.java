package io.assetbridge.app.server;

import io.assetbridge.app.admin.AdminProblem;
import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.engine.SyncPass.FlowDisabled;
import io.assetbridge.core.engine.WebhookIntakeService.NoSuchHook;
import io.assetbridge.core.engine.WebhookIntakeService.Refused;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure a handler throws, answered as {@code {"error":"<reason>"}} with its status, in one
 * place. Reasons come from the engine's messages, which never carry secrets or signature values.
 */
final class ErrorAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

  /** How long a sender should wait before retrying after a store failure. */
  static final int RETRY_AFTER_SECONDS = 30;

  private ErrorAnswers() {}

  /** The error answer's body. */
  record ErrorBody(String error) {}

  static void register(Javalin app) {
    app.exception(BodyTooLarge.class, (e, ctx) -> answer(ctx, 413, e.getMessage()));
    // the sender hung up or stalled mid-body: its problem, not an engine error
    app.exception(UncheckedIOException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(NoSuchHook.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
    app.exception(Refused.class, (e, ctx) -> refused(ctx, e));
    app.exception(PermanentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(AdminProblem.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
    app.exception(FlowDisabled.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
    app.exception(ConfigException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(StoreException.class, ErrorAnswers::storeDown);
    app.exception(Exception.class, ErrorAnswers::unexpected);
  }

  private static void refused(Context ctx, Refused e) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage()); // already audited
    answer(ctx, 401, e.getMessage());
  }

  // A 503 with Retry-After makes a webhook sender try again, so the change is not lost.
  private static void storeDown(StoreException e, Context ctx) {
    LOG.warn("{} {}: the store failed: {}", ctx.method(), ctx.path(), e.getMessage());
    ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    answer(ctx, 503, "the store is unavailable; retry later");
  }

  private static void unexpected(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    answer(ctx, 500, "internal error; see the engine's log");
  }

  private static void answer(Context ctx, int status, String reason) {
    ctx.status(status).json(new ErrorBody(reason));
  }
}
