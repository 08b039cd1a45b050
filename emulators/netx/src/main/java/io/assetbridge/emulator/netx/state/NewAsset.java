package io.assetbridge.emulator.netx.state;

/** What an import or a seed gives a new asset; null dates mean "now". */
public record NewAsset(
    StoredFile file,
    Long folderId,
    AssetEdit edit,
    Long creationDate,
    Long importDate,
    Long modDate) {

  public static NewAsset imported(StoredFile file, long folderId) {
    return new NewAsset(file, folderId, new AssetEdit(null, null, null, null), null, null, null);
  }
}
