package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.query.InvalidQuery;
import io.assetbridge.emulator.netx.query.QueryEvaluator;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** getAssets, getAssetsByQuery and getAssetsByFolder. */
final class AssetReads {

  private final Catalog catalog;
  private final AssetView view;
  private final AssetListing listing;
  private final QueryEvaluator queries;

  AssetReads(Catalog catalog, AssetView view) {
    this.catalog = catalog;
    this.view = view;
    this.listing = new AssetListing(view);
    this.queries = new QueryEvaluator(catalog);
  }

  /** Missing ids are left out; the rest come back in request order. */
  Object getAssets(Params p) {
    JsonNode ids = p.at(0);
    if (!ids.isArray()) {
      throw RpcException.params("param 0 must be an array of asset ids");
    }
    Options options = p.options(1);
    List<Object> out = new ArrayList<>();
    for (JsonNode id : ids) {
      catalog.asset(id.asLong()).ifPresent(a -> out.add(view.render(a, options.data())));
    }
    return out;
  }

  /** Accepts [{query},{options}] and the three-element form with an ignored middle element. */
  Object getAssetsByQuery(Params p) {
    JsonNode query = p.object(0, "query").path("query");
    Options options = p.options(p.raw().size() >= 3 ? 2 : 1);
    try {
      return listing.list(queries.matches(query), options);
    } catch (InvalidQuery e) {
      throw RpcException.params(e.getMessage());
    }
  }

  Object getAssetsByFolder(Params p) {
    long folderId = p.id(0, "folderId");
    boolean recursive = p.flag(1, "recursive");
    Options options = p.options(2);
    if (catalog.folder(folderId).isEmpty()) {
      throw new RpcException(RpcException.NOT_ACCESSIBLE, "folder " + folderId + " not found");
    }
    Set<Long> ids = catalog.folderSubtree(folderId, recursive);
    List<Asset> in =
        catalog.assets().stream()
            .filter(a -> a.folderIds().stream().anyMatch(ids::contains))
            .toList();
    return listing.list(in, options);
  }

  static Map<String, Object> self(Params p) {
    return Map.of(
        "id",
        7,
        "login",
        "svc-assetbridge",
        "email",
        "svc@example.com",
        "firstName",
        "Svc",
        "lastName",
        "Bridge");
  }
}
