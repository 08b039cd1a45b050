package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code POST /_emulator/reset}: everything but the tokens starts over. */
final class Reset implements ApiOperation {
  private final Platform platform;

  Reset(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    platform.reset();
    return ApiResponse.noContent();
  }
}
