package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CompiledExpression;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distribute flow's {@code back:} mapping: after the target write, fields such as the target's
 * ref go back to the source, so the trail can be followed from inside the source platform. Only
 * changed values are written; their fingerprints ride on the link under a {@code back:} prefix.
 */
record SourceWriteBack(Store store, FlowPlan plan, AssetStep.AuditTrail audit) {

  StepReport.LinkUpdate apply(Ref source, Map<String, Object> vars, StepReport.LinkUpdate link) {
    if (plan.back().isEmpty()) {
      return link;
    }
    Map<String, Object> withTarget = new HashMap<>(vars);
    withTarget.put("target", link.targetRef());
    Map<String, Object> fields = new LinkedHashMap<>();
    plan.back().forEach((field, expression) -> fields.put(field, evaluate(expression, withTarget)));
    Map<String, String> last =
        store
            .inTransaction(tx -> tx.links().find(plan.name(), source.toString()))
            .map(Link::fingerprints)
            .orElse(Map.of());
    Map<String, Object> changed = new LinkedHashMap<>();
    Map<String, String> prints = new LinkedHashMap<>(link.fingerprints());
    fields.forEach(
        (field, value) -> {
          String print = Fingerprints.of(value);
          prints.put("back:" + field, print);
          if (!print.equals(last.get("back:" + field))) {
            changed.put(field, value);
          }
        });
    if (!changed.isEmpty()) {
      plan.sourceWriter().update(source.id(), changed);
      audit.add(
          "source-updated",
          link.targetRef(),
          "ok",
          "fields " + String.join(", ", changed.keySet()));
    }
    return new StepReport.LinkUpdate(
        link.sourceRef(), link.targetRef(), link.sourceVersion(), prints);
  }

  private static Object evaluate(CompiledExpression expression, Map<String, Object> vars) {
    return expression.evaluate(vars);
  }
}
