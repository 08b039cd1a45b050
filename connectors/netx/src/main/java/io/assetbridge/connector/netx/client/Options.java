package io.assetbridge.connector.netx.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trailing options object of read methods (netx.md §2); connectors always send all three. */
public final class Options {
  /** Every asset block the connector maps. */
  public static final List<String> ALL_BLOCKS =
      List.of("asset.base", "asset.file", "asset.attributes", "asset.folders");

  private Options() {}

  public static Map<String, Object> page(int startIndex, int size, String sortField, String order) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("page", Map.of("startIndex", startIndex, "size", size));
    options.put("sort", Map.of("field", sortField, "order", order));
    options.put("data", ALL_BLOCKS);
    return options;
  }

  public static Map<String, Object> data(String... blocks) {
    return Map.of("data", List.of(blocks));
  }
}
