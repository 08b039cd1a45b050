package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.distribution.DeliveryProgress;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code POST /_emulator/distributions/{id}/cancel}: as a person cancelling it. */
final class CancelDistribution implements ApiOperation {
  private final Platform platform;

  CancelDistribution(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    return ApiResponse.json(
        200,
        platform.locked(
            account ->
                DeliveryProgress.cancel(
                    account, account.distributions().require(id), platform.now())));
  }
}
