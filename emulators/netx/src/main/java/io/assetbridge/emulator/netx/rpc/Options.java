package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The options object of contract §2, with its assumed defaults. */
public record Options(
    int startIndex, int size, String sortField, boolean ascending, Set<String> data) {

  static final List<String> SORT_FIELDS =
      List.of("name", "modDate", "importDate", "creationDate", "fileName", "assetId");
  static final int MAX_SIZE = 1000;

  static Options parse(JsonNode n) {
    if (n.isNull() || n.isMissingNode()) {
      return new Options(0, 100, "assetId", true, Set.of("asset.id", "asset.base"));
    }
    if (!n.isObject()) {
      throw RpcException.params("options must be an object");
    }
    JsonNode page = n.path("page");
    int start = page.path("startIndex").asInt(0);
    int size = page.path("size").asInt(100);
    if (start < 0 || size < 1 || size > MAX_SIZE) {
      throw RpcException.params("page.startIndex must be >= 0 and page.size 1.." + MAX_SIZE);
    }
    String field = n.path("sort").path("field").asText("assetId");
    String order = n.path("sort").path("order").asText("asc");
    if (!SORT_FIELDS.contains(field) || !(order.equals("asc") || order.equals("desc"))) {
      throw RpcException.params("sort.field must be one of " + SORT_FIELDS + ", order asc|desc");
    }
    return new Options(start, size, field, order.equals("asc"), blocks(n.path("data")));
  }

  private static Set<String> blocks(JsonNode data) {
    if (data.isMissingNode() || data.isNull()) {
      return Set.of("asset.id", "asset.base");
    }
    if (!data.isArray()) {
      throw RpcException.params("options.data must be an array of block names");
    }
    Set<String> blocks = new LinkedHashSet<>();
    data.forEach(b -> blocks.add(b.asText()));
    return blocks;
  }
}
