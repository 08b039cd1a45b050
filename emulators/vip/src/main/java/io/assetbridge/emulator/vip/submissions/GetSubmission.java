package io.assetbridge.emulator.vip.submissions;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code GET /submissions/{id}}. */
public final class GetSubmission implements ApiOperation {
  private final Platform platform;

  public GetSubmission(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    return ApiResponse.json(200, platform.locked(account -> account.submissions().require(id)));
  }
}
