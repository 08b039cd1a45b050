package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.distribution.AutoAdvance;
import io.assetbridge.emulator.vip.distribution.DeliveryStatus;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/** {@code PUT /_emulator/auto-advance {"enabled","delayMs","to"}}. */
final class PutAutoAdvance implements ApiOperation {
  private static final List<String> TARGETS = List.of("delivered", "downloaded", "published");
  private final Platform platform;

  PutAutoAdvance(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    FieldErrors errors = new FieldErrors();
    FieldReader r = new FieldReader(AdminBodies.json(call), "", errors);
    r.allowOnly(List.of("enabled", "delayMs", "to"));
    Boolean enabled = r.bool("enabled");
    if (enabled == null) {
      r.fail("enabled", "required: true or false");
    }
    Long delayMs = r.integer("delayMs", 0, 3_600_000);
    String to = r.text("to", 20);
    if (to != null && !TARGETS.contains(to)) {
      r.fail("to", "must be one of " + TARGETS);
    }
    errors.throwIfAny();
    DeliveryStatus target = DeliveryStatus.parse(to == null ? "delivered" : to).orElseThrow();
    platform
        .autoAdvance()
        .configure(new AutoAdvance.Setting(enabled, delayMs == null ? 0 : delayMs, target));
    return ApiResponse.noContent();
  }
}
