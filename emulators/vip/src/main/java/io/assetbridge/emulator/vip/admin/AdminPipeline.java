package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import io.assetbridge.emulator.vip.http.ResponseWriter;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs {@code /_emulator} operations: no auth, no journal, no faults; failures answer {@code
 * {"error": ...}} except {@code illegal-transition}, which is a §2 problem.
 */
final class AdminPipeline {
  private final Platform platform;

  AdminPipeline(Platform platform) {
    this.platform = platform;
  }

  Handler handler(ApiOperation operation) {
    return ctx -> {
      try (ApiCall call = new ApiCall(ctx, platform.vault(), platform.settings().maxFileBytes())) {
        ResponseWriter.write(ctx.res(), respond(call, operation));
      }
    };
  }

  private static ApiResponse respond(ApiCall call, ApiOperation operation) {
    try {
      return operation.handle(call);
    } catch (Problem problem) {
      if (problem.type() == ProblemType.ILLEGAL_TRANSITION) {
        return problem.toResponse(call.path());
      }
      return ApiResponse.json(problem.status(), Map.of("error", describe(problem)));
    }
  }

  private static String describe(Problem problem) {
    if (problem.errors().isEmpty()) {
      return problem.detail();
    }
    return problem.errors().stream()
        .map(error -> error.field() + ": " + error.message())
        .collect(Collectors.joining("; "));
  }
}
