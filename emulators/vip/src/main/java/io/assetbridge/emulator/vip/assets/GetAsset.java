package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code GET /assets/{id}}. */
public final class GetAsset implements ApiOperation {
  private final Platform platform;

  public GetAsset(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    return AssetResponses.of(200, platform.locked(account -> account.assets().require(id)));
  }
}
