package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;

/** An asset answered with {@code ETag: "<version>"}, and the order assets list in. */
public final class AssetResponses {
  private AssetResponses() {}

  public static ApiResponse of(int status, Asset asset) {
    return ApiResponse.json(status, asset).header("ETag", "\"" + asset.version() + "\"");
  }

  public static Pager.SortKey order(Asset asset) {
    return new Pager.SortKey(asset.createdAt().toEpochMilli(), Ids.number(asset.id()));
  }
}
