package io.assetbridge.emulator.netx.files;

import io.assetbridge.emulator.netx.rpc.AssetView;
import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.NewAsset;
import io.assetbridge.emulator.netx.state.StoredFile;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Import, re-import and attach-a-view (contract §6). */
public final class ImportHandlers {

  private static final int DESCRIPTION_LIMIT = 255;
  private final Uploads uploads;
  private final Webhooks webhooks;
  private final List<Map<String, Object>> views = new CopyOnWriteArrayList<>();

  public ImportHandlers(Catalog catalog, Tokens tokens, Webhooks webhooks) {
    this.uploads = new Uploads(catalog, tokens);
    this.webhooks = webhooks;
  }

  public void importAsset(Context ctx) {
    uploads.authenticate(ctx);
    StoredFile file = uploads.stored(ctx);
    long folderId = folderId(uploads.part(ctx, "folderId"));
    Asset a = uploads.catalog().add(NewAsset.imported(file, folderId));
    webhooks.send("asset.create", a.id(), a.modDate());
    ctx.json(AssetView.base(a));
  }

  public void reimport(Context ctx) {
    uploads.authenticate(ctx);
    long id = uploads.assetId(ctx);
    Asset a = uploads.catalog().replaceFile(id, uploads.stored(ctx)).orElseThrow();
    webhooks.send("asset.update", a.id(), a.modDate());
    ctx.json(AssetView.base(a));
  }

  public void attachView(Context ctx) {
    uploads.authenticate(ctx);
    long id = uploads.assetId(ctx);
    byte[] bytes = uploads.fileBytes(ctx);
    String description = ctx.formParam("description") == null ? "" : ctx.formParam("description");
    if (description.codePointCount(0, description.length()) > DESCRIPTION_LIMIT) {
      throw new ImportError(400, "description is limited to 255 characters");
    }
    views.add(
        Map.of(
            "assetId",
            id,
            "viewName",
            uploads.part(ctx, "viewName"),
            "fileName",
            uploads.part(ctx, "fileName"),
            "bytes",
            bytes.length));
    ctx.json(Map.of("assetId", id));
  }

  /** Views attached so far; a reset forgets them with the assets. */
  public List<Map<String, Object>> views() {
    return views;
  }

  private long folderId(String value) {
    try {
      long id = Long.parseLong(value.trim());
      uploads
          .catalog()
          .folder(id)
          .orElseThrow(() -> new ImportError(404, "folder " + id + " not found"));
      return id;
    } catch (NumberFormatException e) {
      throw new ImportError(400, "folderId must be a decimal string");
    }
  }
}
