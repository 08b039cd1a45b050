package io.assetbridge.emulator.netx.admin;

import io.assetbridge.emulator.netx.rpc.AssetView;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.InvalidEdit;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import io.javalin.http.Context;
import java.util.Optional;

/** Changes made as a person in the NetX UI would make them; each sends its webhook. */
final class PersonActions {

  private final Catalog catalog;
  private final SeedAssets seeds;
  private final AssetView view;
  private final Webhooks webhooks;

  PersonActions(Catalog catalog, Webhooks webhooks) {
    this.catalog = catalog;
    this.seeds = new SeedAssets(catalog);
    this.view = new AssetView(catalog);
    this.webhooks = webhooks;
  }

  void create(Context ctx) {
    Asset a = seeds.create(AdminJson.body(ctx));
    webhooks.send("asset.create", a.id(), a.modDate());
    ctx.status(201).json(view.render(a, AssetView.ALL));
  }

  void edit(Context ctx) {
    long id = id(ctx);
    Optional<Asset> edited;
    try {
      edited = catalog.edit(id, SeedAssets.edit(AdminJson.body(ctx)));
    } catch (InvalidEdit e) {
      throw new AdminError(e.getMessage());
    }
    Asset a = edited.orElseThrow(() -> new AdminError("no asset " + id));
    webhooks.send("asset.update", a.id(), a.modDate());
    ctx.json(view.render(a, AssetView.ALL));
  }

  void delete(Context ctx) {
    long id = id(ctx);
    catalog.delete(id).orElseThrow(() -> new AdminError("no asset " + id));
    webhooks.send("asset.delete", id, System.currentTimeMillis());
    ctx.status(204);
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new AdminError("asset ids are integers");
    }
  }
}
