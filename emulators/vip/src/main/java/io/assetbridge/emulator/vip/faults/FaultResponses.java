package io.assetbridge.emulator.vip.faults;

import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;

/** The responses injected by {@code status} and {@code rate-limit} faults. */
public final class FaultResponses {
  private FaultResponses() {}

  public static ApiResponse of(FaultRule rule, String instance) {
    if (rule.fault().equals("rate-limit")) {
      int seconds = rule.retryAfterSeconds() == null ? 1 : rule.retryAfterSeconds();
      return new Problem(ProblemType.RATE_LIMITED, "injected fault: rate limited")
          .header("Retry-After", Integer.toString(seconds))
          .toResponse(instance);
    }
    int status = rule.status();
    ProblemType type = status == 500 ? ProblemType.INTERNAL : ProblemType.UNAVAILABLE;
    return new Problem(type, status, "injected fault: status " + status).toResponse(instance);
  }
}
