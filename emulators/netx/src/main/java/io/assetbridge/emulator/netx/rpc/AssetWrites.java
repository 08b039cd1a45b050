package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.AssetEdit;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.Folder;
import io.assetbridge.emulator.netx.state.InvalidEdit;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import java.util.Optional;

/** updateAsset and the folder membership calls; each success sends {@code asset.update}. */
final class AssetWrites {

  private final Catalog catalog;
  private final AssetView view;
  private final Webhooks webhooks;

  AssetWrites(Catalog catalog, AssetView view, Webhooks webhooks) {
    this.catalog = catalog;
    this.view = view;
    this.webhooks = webhooks;
  }

  Object updateAsset(Params p) {
    JsonNode body = p.object(0, "asset");
    if (!body.path("id").canConvertToLong()) {
      throw RpcException.params("updateAsset needs the asset's integer id");
    }
    long id = body.get("id").asLong();
    Options options = p.options(1);
    AssetEdit edit = EditReader.read(body);
    try {
      return changed(catalog.edit(id, edit), id, options);
    } catch (InvalidEdit e) {
      throw RpcException.params(e.getMessage());
    }
  }

  Object addAssetToFolder(Params p) {
    long id = p.id(0, "assetId");
    Folder folder = folder(p.id(1, "folderId"));
    Asset asset = existing(id);
    if (asset.folderIds().contains(folder.id())) {
      return view.render(asset, p.options(2).data()); // already there: a no-op success
    }
    return changed(catalog.setInFolder(id, folder.id(), true), id, p.options(2));
  }

  Object removeAssetFromFolder(Params p) {
    long id = p.id(0, "assetId");
    long folderId = p.id(1, "folderId");
    if (!existing(id).folderIds().contains(folderId)) {
      throw new RpcException(
          RpcException.NOT_IN_FOLDER, "asset " + id + " is not in folder " + folderId);
    }
    return changed(catalog.setInFolder(id, folderId, false), id, p.options(2));
  }

  private Object changed(Optional<Asset> result, long id, Options options) {
    Asset a = result.orElseThrow(() -> notAccessible(id));
    webhooks.send("asset.update", a.id(), a.modDate());
    return view.render(a, options.data());
  }

  private Asset existing(long id) {
    return catalog.asset(id).orElseThrow(() -> notAccessible(id));
  }

  private Folder folder(long id) {
    return catalog
        .folder(id)
        .orElseThrow(
            () -> new RpcException(RpcException.NOT_ACCESSIBLE, "folder " + id + " not found"));
  }

  private static RpcException notAccessible(long id) {
    return new RpcException(RpcException.NOT_ACCESSIBLE, "asset " + id + " not accessible");
  }
}
