package io.assetbridge.emulator.netx.rpc;

import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import java.util.Map;

/** The method table of contract §4. */
public final class RpcMethods {

  private RpcMethods() {}

  public static Map<String, RpcMethod> table(Catalog catalog, Webhooks webhooks) {
    AssetView view = new AssetView(catalog);
    AssetReads reads = new AssetReads(catalog, view);
    AssetWrites writes = new AssetWrites(catalog, view, webhooks);
    FolderMethods folders = new FolderMethods(catalog);
    return Map.of(
        "getSelf", AssetReads::self,
        "getAssets", reads::getAssets,
        "getAssetsByQuery", reads::getAssetsByQuery,
        "getAssetsByFolder", reads::getAssetsByFolder,
        "updateAsset", writes::updateAsset,
        "addAssetToFolder", writes::addAssetToFolder,
        "removeAssetFromFolder", writes::removeAssetFromFolder,
        "getFolderByPath", folders::getFolderByPath,
        "createFolderFromPath", folders::createFolderFromPath);
  }
}
