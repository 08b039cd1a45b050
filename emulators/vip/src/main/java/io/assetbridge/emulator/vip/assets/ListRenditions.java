package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;
import java.util.List;
import java.util.Set;

/** {@code GET /assets/{id}/renditions}: all of them, by name, in one page. */
public final class ListRenditions implements ApiOperation {
  private final Platform platform;

  public ListRenditions(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    call.query(Set.of());
    String id = call.pathParam("id");
    List<Rendition> renditions =
        platform.locked(
            account -> {
              account.assets().require(id);
              return account.assets().renditions(id);
            });
    return ApiResponse.json(200, new Pager.Page<>(renditions, null));
  }
}
