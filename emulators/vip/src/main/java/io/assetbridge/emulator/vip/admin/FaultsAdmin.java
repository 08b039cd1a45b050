package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.faults.FaultRule;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/** {@code PUT}, {@code GET} and {@code DELETE /_emulator/faults}. */
final class FaultsAdmin {
  private static final List<String> KINDS = List.of("latency", "status", "rate-limit", "drop");

  private FaultsAdmin() {}

  static ApiOperation put(Platform platform) {
    return call -> {
      FieldErrors errors = new FieldErrors();
      FieldReader r = new FieldReader(AdminBodies.json(call), "", errors);
      r.allowOnly(List.of("seed", "rules"));
      Long seed = r.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
      List<FaultRule> rules = r.objects("rules").stream().map(FaultsAdmin::rule).toList();
      errors.throwIfAny();
      platform.faults().replace(seed, rules);
      return ApiResponse.noContent();
    };
  }

  static ApiOperation get(Platform platform) {
    return call -> ApiResponse.json(200, platform.faults().describe());
  }

  static ApiOperation delete(Platform platform) {
    return (ApiCall call) -> {
      platform.faults().clear();
      return ApiResponse.noContent();
    };
  }

  private static FaultRule rule(FieldReader r) {
    r.allowOnly(
        List.of(
            "match",
            "fault",
            "latencyMs",
            "status",
            "retryAfterSeconds",
            "phase",
            "times",
            "probability"));
    FieldReader match = r.object("match");
    String method = null;
    String path = null;
    if (match != null) {
      match.allowOnly(List.of("method", "path"));
      method = match.text("method", 16);
      path = match.text("path", 2000);
    }
    String fault = r.text("fault", 20, true);
    if (fault != null && !KINDS.contains(fault)) {
      r.fail("fault", "must be one of " + KINDS);
    }
    Long latency = r.integer("latencyMs", 0, 600_000);
    Long status = r.integer("status", 500, 599);
    requireFor(r, fault, "latency", "latencyMs", latency);
    requireFor(r, fault, "status", "status", status);
    String phase = r.text("phase", 10);
    if (phase != null && !(phase.equals("before") || phase.equals("after"))) {
      r.fail("phase", "must be before or after");
    } else if (phase != null && !"status".equals(fault) && !"drop".equals(fault)) {
      r.fail("phase", "only status and drop faults take a phase");
    }
    Long retryAfter = r.integer("retryAfterSeconds", 0, 86_400);
    Long times = r.integer("times", 1, Integer.MAX_VALUE);
    Double probability = r.number("probability", 0, 1);
    return new FaultRule(
        method == null ? null : method.toUpperCase(java.util.Locale.ROOT),
        path,
        fault == null ? "" : fault,
        latency,
        status == null ? null : status.intValue(),
        retryAfter == null ? null : retryAfter.intValue(),
        phase,
        times == null ? null : times.intValue(),
        probability);
  }

  private static void requireFor(
      FieldReader r, String fault, String kind, String field, Object value) {
    if (kind.equals(fault) && value == null && !r.has(field)) {
      r.fail(field, "required for a " + kind + " fault");
    }
  }
}
