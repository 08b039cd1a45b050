package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.distribution.Delivery;
import io.assetbridge.emulator.vip.distribution.DeliveryProgress;
import io.assetbridge.emulator.vip.distribution.Distribution;
import io.assetbridge.emulator.vip.distribution.Step;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;

/** {@code POST /_emulator/distributions/{id}/advance}: every delivery that may take the step. */
final class AdvanceDistribution implements ApiOperation {
  private final Platform platform;

  AdvanceDistribution(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Step step = AdvanceRequest.read(AdminBodies.json(call), platform.now());
    String id = call.pathParam("id");
    return ApiResponse.json(200, platform.locked(account -> advanceAll(account, id, step)));
  }

  private Distribution advanceAll(Account account, String id, Step step) {
    Distribution d = account.distributions().require(id);
    for (Delivery original : d.deliveries()) {
      Delivery current = d.delivery(original.id());
      if (DeliveryProgress.canApply(d, current, step)) {
        d = DeliveryProgress.advance(account, d, current.id(), step, platform.now());
      }
    }
    return d;
  }
}
