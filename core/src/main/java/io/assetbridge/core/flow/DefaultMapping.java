package io.assetbridge.core.flow;

import io.assetbridge.core.config.ConfigNode;
import io.assetbridge.core.config.FlowConfig.Expression;
import io.assetbridge.core.expr.AssetExpressions;
import io.assetbridge.core.expr.CompiledExpression;
import io.assetbridge.spi.AssetWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mapping a flow gets without {@code map:}: every canonical field the target can write. */
final class DefaultMapping {
  private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

  static {
    for (String f :
        new String[] {
          "title",
          "caption",
          "headline",
          "byline",
          "credit",
          "copyright",
          "source",
          "keywords",
          "tags"
        }) {
      CANONICAL.put(f, "asset." + f);
    }
    CANONICAL.put("status", "asset.status");
    CANONICAL.put("usageTerms", "asset.rights.usageTerms");
    CANONICAL.put("embargoUntil", "asset.rights.embargoUntil");
    CANONICAL.put("expiresAt", "asset.rights.expiresAt");
    CANONICAL.put("territories", "asset.rights.territories");
  }

  private DefaultMapping() {}

  static Map<String, CompiledExpression> forWriter(AssetWriter writer) {
    Map<String, CompiledExpression> mapping = new LinkedHashMap<>();
    CANONICAL.forEach(
        (field, text) -> {
          if (writer.writableFields().contains(field)) {
            mapping.put(field, AssetExpressions.compile(new Expression(text, builtIn()), false));
          }
        });
    return mapping;
  }

  private static ConfigNode builtIn() {
    return null; // built-in expressions always compile, so no node is needed for errors
  }
}
