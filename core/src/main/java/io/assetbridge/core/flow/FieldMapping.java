package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CompiledExpression;
import java.util.LinkedHashMap;
import java.util.Map;

/** A flow's mapping applied to one asset, and which mapped fields changed since the last write. */
final class FieldMapping {
  private FieldMapping() {}

  /** Each target field's value from its CEL expression. */
  static Map<String, Object> evaluate(
      Map<String, CompiledExpression> mapping, Map<String, Object> vars) {
    Map<String, Object> fields = new LinkedHashMap<>();
    mapping.forEach((field, expression) -> fields.put(field, expression.evaluate(vars)));
    return fields;
  }

  /** The fields whose fingerprint differs from the one written last time (or never written). */
  static Map<String, Object> changed(
      Map<String, Object> fields, Map<String, String> prints, Map<String, String> last) {
    Map<String, Object> changed = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (!prints.get(name).equals(last.get(name))) {
            changed.put(name, value);
          }
        });
    return changed;
  }
}
