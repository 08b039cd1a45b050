package io.assetbridge.connector.netx;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.client.Criteria;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.Options;
import io.assetbridge.connector.netx.read.AssetMapping;
import io.assetbridge.spi.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Free-text search for federated search: a {@code contains} OR group (netx.md §5). */
final class NetxSearch {
  private final NetxApi api;
  private final AssetMapping mapping;

  NetxSearch(NetxApi api, AssetMapping mapping) {
    this.api = api;
    this.mapping = mapping;
  }

  List<Asset> search(String text, int limit) {
    List<Map<String, Object>> query = List.of(Criteria.element("and", "subquery", group(text)));
    List<Asset> out = new ArrayList<>();
    int size = Math.max(1, Math.min(limit, NetxApi.PAGE_SIZE));
    for (int start = 0; out.size() < limit; start += size) {
      JsonNode page = api.query(query, Options.page(start, size, "modDate", "desc"));
      page.forEach(a -> out.add(mapping.toAsset(a)));
      if (page.size() < size) {
        break;
      }
    }
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static Map<String, Object> group(String text) {
    List<Map<String, Object>> any = new ArrayList<>();
    for (String field : List.of("name", "fileName", "keywords")) {
      any.add(Criteria.element("or", "contains", Map.of("field", field, "value", text)));
    }
    return Map.of("query", any);
  }
}
