package io.assetbridge.emulator.vip.http;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.faults.FaultResponses;
import io.assetbridge.emulator.vip.faults.FaultRule;
import io.assetbridge.emulator.vip.journal.InboundEntries;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;

/**
 * Every {@code /api/v1} request passes here: fault, auth, the operation, then the response is
 * written (or the connection dropped) and the call journaled.
 */
public final class ApiPipeline {
  private static final System.Logger LOG = System.getLogger(ApiPipeline.class.getName());
  private final Platform platform;

  public ApiPipeline(Platform platform) {
    this.platform = platform;
  }

  /** A handler for an operation; idempotent ones spend fault latency after reserving the key. */
  public Handler handler(ApiOperation operation, boolean idempotent) {
    return ctx -> serve(ctx, operation, idempotent);
  }

  private void serve(Context ctx, ApiOperation operation, boolean idempotent) {
    long started = System.nanoTime();
    Instant at = platform.now();
    ApiCall call = new ApiCall(ctx, platform.vault(), platform.settings().maxFileBytes());
    FaultRule fault = platform.faults().pick(call.method(), call.path());
    if (fault != null && fault.isLatency()) {
      call.delayBy(fault.latencyMs());
    }
    ApiResponse response = null;
    try (call) {
      response = respond(call, operation, idempotent, fault);
      if (response == null) {
        ConnectionDrop.drop(ctx);
      } else {
        ResponseWriter.write(ctx.res(), response);
      }
    } finally {
      long millis = (System.nanoTime() - started) / 1_000_000;
      InboundEntries.Outcome outcome =
          new InboundEntries.Outcome(
              response == null ? null : response.status(),
              response == null ? null : response.problemType(),
              fault == null ? null : fault.fault(),
              millis);
      platform.journal().add(seq -> InboundEntries.of(seq, at, call, outcome));
    }
  }

  /** The response to send, or null to drop the connection. */
  private ApiResponse respond(
      ApiCall call, ApiOperation operation, boolean idempotent, FaultRule fault) {
    if (fault != null && fault.preempts()) {
      return fault.isDrop() ? null : FaultResponses.of(fault, call.path());
    }
    ApiResponse response = process(call, operation, idempotent);
    if (fault == null || !fault.isAfter()) {
      return response;
    }
    return fault.isDrop() ? null : FaultResponses.of(fault, call.path());
  }

  private ApiResponse process(ApiCall call, ApiOperation operation, boolean idempotent) {
    try {
      BearerAuth.check(call.header("Authorization"), platform.tokens()::accepts);
      if (!idempotent) {
        call.pause();
      }
      return operation.handle(call);
    } catch (Problem problem) {
      return problem.toResponse(call.path());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "operation failed: " + call.path(), e);
      return new Problem(ProblemType.INTERNAL, "the emulator failed: " + e).toResponse(call.path());
    } finally {
      call.pause();
    }
  }
}
