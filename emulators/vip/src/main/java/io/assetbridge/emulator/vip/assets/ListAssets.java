package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;
import io.assetbridge.emulator.vip.http.QueryParams;
import java.util.List;
import java.util.Set;

/** {@code GET /assets[?externalRef=]}: by createdAt then id; the filter finds zero or one. */
public final class ListAssets implements ApiOperation {
  private final Platform platform;

  public ListAssets(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("externalRef", "limit", "cursor"));
    String externalRef = query.get("externalRef").orElse(null);
    List<Asset> assets =
        platform.locked(
            account ->
                externalRef == null
                    ? account.assets().all()
                    : account.assets().byExternalRef(externalRef).stream().toList());
    return ApiResponse.json(200, Pager.page(assets, AssetResponses::order, query, "assets"));
  }
}
