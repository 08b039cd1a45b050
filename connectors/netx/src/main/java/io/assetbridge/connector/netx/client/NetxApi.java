package io.assetbridge.connector.netx.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The RPC methods the connector uses (netx.md §4), each one call. */
public final class NetxApi {
  public static final int PAGE_SIZE = 200;
  private final RpcClient rpc;

  public NetxApi(RpcClient rpc) {
    this.rpc = rpc;
  }

  public JsonNode self() {
    return rpc.call("getSelf", (Object) null);
  }

  /** The asset with every mapped block, or empty when it is gone or not visible. */
  public Optional<JsonNode> asset(long id) {
    Optional<JsonNode> list =
        rpc.callTolerating(
            RpcError.NOT_ACCESSIBLE, "getAssets", List.of(id), Map.of("data", Options.ALL_BLOCKS));
    return list.flatMap(l -> l.size() == 0 ? Optional.empty() : Optional.of(l.get(0)));
  }

  /** One page of a query (§5); the result's {@code results} array. */
  public JsonNode query(List<Map<String, Object>> query, Map<String, Object> options) {
    return rpc.call("getAssetsByQuery", Map.of("query", query), options).path("results");
  }

  public JsonNode update(Map<String, Object> change) {
    return rpc.call("updateAsset", change, Options.data("asset.base", "asset.attributes"));
  }

  public Optional<Long> folderId(String path) {
    JsonNode f = rpc.call("getFolderByPath", path, Options.data("folder.base"));
    return f == null || f.isNull() ? Optional.empty() : Optional.of(f.path("id").asLong());
  }

  public long createFolder(String path) {
    return rpc.call("createFolderFromPath", path, Options.data("folder.base")).path("id").asLong();
  }

  public void addToFolder(long assetId, long folderId) {
    rpc.call("addAssetToFolder", assetId, folderId, Options.data("asset.folders"));
  }
}
