package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.ContentResponse;
import io.assetbridge.emulator.vip.http.Problem;

/** {@code GET /assets/{id}/content} and {@code .../renditions/{name}/content}, with Range. */
public final class AssetContent implements ApiOperation {
  private final Platform platform;
  private final boolean rendition;

  private AssetContent(Platform platform, boolean rendition) {
    this.platform = platform;
    this.rendition = rendition;
  }

  public static AssetContent original(Platform platform) {
    return new AssetContent(platform, false);
  }

  public static AssetContent rendition(Platform platform) {
    return new AssetContent(platform, true);
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    StoredFile file =
        platform.locked(
            account -> {
              Asset asset = account.assets().require(id);
              if (!rendition) {
                return asset.file();
              }
              String name = call.pathParam("name");
              return account
                  .assets()
                  .rendition(id, name)
                  .orElseThrow(() -> Problem.notFound("rendition '" + name + "' of " + id))
                  .file();
            });
    return ContentResponse.of(file, call);
  }
}
