package io.assetbridge.connector.netx.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** Query elements of netx.md §5. */
public final class Criteria {
  private Criteria() {}

  public static Map<String, Object> exactAttribute(String label, String value) {
    return element("and", "exact", Map.of("attribute", label, "value", value));
  }

  public static Map<String, Object> exactField(String field, String value) {
    return element("and", "exact", Map.of("field", field, "value", value));
  }

  public static Map<String, Object> modifiedFrom(long minMs) {
    return element("and", "range", Map.of("field", "modDate", "min", minMs, "includeMin", true));
  }

  public static Map<String, Object> inFolder(long folderId) {
    return element("and", "folder", Map.of("folderId", folderId, "recursive", true));
  }

  public static Map<String, Object> element(String operator, String kind, Object body) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("operator", operator);
    e.put(kind, body);
    return e;
  }
}
