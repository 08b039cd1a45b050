package io.assetbridge.emulator.vip.recipients;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code GET /lists/{id}}: the list with every member. */
public final class GetList implements ApiOperation {
  private final Platform platform;

  public GetList(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    DistributionList.Detail detail =
        platform.locked(
            account -> {
              DistributionList list = account.recipients().requireList(id);
              return list.detail(account.recipients().members(list));
            });
    return ApiResponse.json(200, detail);
  }
}
