package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.distribution.DeliveryProgress;
import io.assetbridge.emulator.vip.distribution.Distribution;
import io.assetbridge.emulator.vip.distribution.Step;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code POST /_emulator/deliveries/{id}/advance}: one delivery, or 409 illegal-transition. */
final class AdvanceDelivery implements ApiOperation {
  private final Platform platform;

  AdvanceDelivery(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Step step = AdvanceRequest.read(AdminBodies.json(call), platform.now());
    String id = call.pathParam("id");
    return ApiResponse.json(
        200,
        platform.locked(
            account -> {
              Distribution d = account.distributions().requireByDelivery(id);
              return DeliveryProgress.advance(account, d, id, step, platform.now()).delivery(id);
            }));
  }
}
