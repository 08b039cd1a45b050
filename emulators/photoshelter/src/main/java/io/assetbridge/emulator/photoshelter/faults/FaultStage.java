package io.assetbridge.emulator.photoshelter.faults;

import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.journal.JournalRecorder;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * The before/after pair around every {@code /psapi/} request: applies the decided fault and
 * journals the outcome. Drops after the handler close the connection before the response goes out.
 */
public final class FaultStage {

  private static final String FAULT = "fault";
  private final FaultInjector injector;
  private final JournalRecorder recorder;

  public FaultStage(FaultInjector injector, JournalRecorder recorder) {
    this.injector = injector;
    this.recorder = recorder;
  }

  public void before(Context ctx) throws InterruptedException {
    JournalRecorder.markStart(ctx, Instant.now());
    Fault fault = injector.decide(ctx.path());
    ctx.attribute(FAULT, fault);
    if (fault.kind() == Fault.Kind.RATE_LIMITED) {
      throw new ApiException(ApiError.RATE_LIMIT, "rate limit exceeded", fault.retryAfterS());
    }
    if (fault.delayMs() > 0) {
      Thread.sleep(fault.delayMs());
    }
    switch (fault.kind()) {
      case DROP_BEFORE -> {
        recorder.record(ctx, 0, fault.kind().label());
        Connections.drop(ctx);
        throw new DroppedConnection();
      }
      case SERVER_ERROR -> throw new InjectedServerError(fault.status());
      case TOO_MANY ->
          throw new ApiException(ApiError.RATE_LIMIT, "too many requests", fault.retryAfterS());
      default -> {}
    }
  }

  public void after(Context ctx) {
    Fault fault = ctx.attribute(FAULT);
    Fault.Kind kind = fault == null ? Fault.Kind.NONE : fault.kind();
    if (kind == Fault.Kind.DROP_BEFORE) {
      return; // journaled when dropped
    }
    boolean dropAfter = kind == Fault.Kind.DROP_AFTER;
    recorder.record(ctx, dropAfter ? 0 : ctx.statusCode(), kind.label());
    if (dropAfter) {
      Connections.drop(ctx);
    }
  }
}
