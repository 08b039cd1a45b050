package io.assetbridge.core.flow;

import io.assetbridge.core.config.Vocabulary;
import io.assetbridge.core.expr.CompiledExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Like {@link #evaluate(Map, Map)}, then each field with a vocabulary is translated value by
   * value; a value with no entry is left out (never invented) and its miss is a {@code
   * vocabulary-miss} audit record.
   */
  static Map<String, Object> evaluate(
      FlowPlan plan, Map<String, Object> vars, AssetStep.AuditTrail audit) {
    Map<String, Object> fields = evaluate(plan.mapping(), vars);
    plan.lookups()
        .forEach(
            (field, vocabulary) -> {
              Object value = fields.get(field);
              if (value instanceof List<?> list) {
                List<String> terms = new ArrayList<>();
                list.forEach(v -> translate(vocabulary, field, v, audit).ifPresent(terms::add));
                fields.put(field, terms);
              } else if (value != null) {
                fields.put(field, translate(vocabulary, field, value, audit).orElse(null));
              }
            });
    return fields;
  }

  private static Optional<String> translate(
      Vocabulary vocabulary, String field, Object value, AssetStep.AuditTrail audit) {
    Optional<String> term = vocabulary.translate(String.valueOf(value));
    if (term.isEmpty()) {
      audit.add(
          "vocabulary-miss",
          null,
          "missing",
          "vocabulary '"
              + vocabulary.name()
              + "' has no entry for '"
              + value
              + "' (field "
              + field
              + "); add it to "
              + vocabulary.origin());
    }
    return term;
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
