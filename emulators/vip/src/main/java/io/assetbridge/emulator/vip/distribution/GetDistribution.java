package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code GET /distributions/{id}}. */
public final class GetDistribution implements ApiOperation {
  private final Platform platform;

  public GetDistribution(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    return ApiResponse.json(200, platform.locked(account -> account.distributions().require(id)));
  }
}
