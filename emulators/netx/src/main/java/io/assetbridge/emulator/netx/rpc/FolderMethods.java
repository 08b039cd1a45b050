package io.assetbridge.emulator.netx.rpc;

import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.InvalidEdit;

/** getFolderByPath and createFolderFromPath. */
final class FolderMethods {

  private final Catalog catalog;

  FolderMethods(Catalog catalog) {
    this.catalog = catalog;
  }

  Object getFolderByPath(Params p) {
    String path = p.text(0, "path");
    Options options = p.options(1);
    return catalog.folderByPath(path).map(f -> AssetView.folder(f, options.data())).orElse(null);
  }

  Object createFolderFromPath(Params p) {
    String path = p.text(0, "path");
    Options options = p.options(1);
    try {
      return AssetView.folder(catalog.createFolder(path), options.data());
    } catch (InvalidEdit e) {
      throw RpcException.params(e.getMessage());
    }
  }
}
