package io.assetbridge.connector.netx;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.Options;
import io.assetbridge.connector.netx.read.AssetMapping;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Federated search as one {@code getAssetsByQuery} (netx.md §5): the text as a {@code contains} OR
 * group, each filter as an attribute criterion. {@code contains} ignores case but also matches
 * substrings, so every hit is checked again with {@link SearchQuery#matches}.
 */
final class NetxSearch {
  private final NetxApi api;
  private final AssetMapping mapping;
  private final SearchCriteria criteria;

  NetxSearch(NetxApi api, AssetMapping mapping, AttributeLabels labels) {
    this.api = api;
    this.mapping = mapping;
    this.criteria = new SearchCriteria(labels);
  }

  List<Asset> search(SearchQuery q) {
    List<Map<String, Object>> query = criteria.of(q);
    List<Asset> out = new ArrayList<>();
    int size = Math.min(NetxApi.PAGE_SIZE, Math.max(q.limit(), 20));
    for (int start = 0; out.size() < q.limit(); start += size) {
      JsonNode page = api.query(query, Options.page(start, size, "modDate", "desc"));
      for (JsonNode a : page) {
        Asset asset = mapping.toAsset(a);
        if (q.matches(asset) && out.size() < q.limit()) {
          out.add(asset);
        }
      }
      if (page.size() < size) {
        break;
      }
    }
    return out;
  }
}
