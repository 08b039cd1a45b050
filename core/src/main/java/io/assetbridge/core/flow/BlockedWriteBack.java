package io.assetbridge.core.flow;

import io.assetbridge.spi.Ref;
import io.assetbridge.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rights gate's {@code back:} mapping: when the gate blocks an asset, fields such as a status
 * tag go back to the source with the reason ({@code blocked} in CEL), so people see in their own
 * platform why it did not go out. Only values that differ from what was last written are sent; that
 * write changes the asset at the source, and its job, blocked for the same reason, then writes
 * nothing. Passing the gate forgets what was written, so a later block is told again.
 */
record BlockedWriteBack(Store store, FlowPlan plan, AssetStep.AuditTrail audit) {

  void blocked(Ref source, Map<String, Object> vars, String reason) {
    if (plan.blockedBack().isEmpty()) {
      return;
    }
    Map<String, Object> fields = values(vars, reason);
    Map<String, String> prints = Fingerprints.of(fields);
    Map<String, Object> changed = FieldMapping.changed(fields, prints, last(source));
    if (changed.isEmpty()) {
      return;
    }
    plan.sourceWriter().update(source.id(), changed);
    store.run(tx -> tx.blockedNotices().save(plan.name(), source.toString(), prints));
    audit.add(
        "source-updated",
        null,
        "ok",
        "told why it is blocked: " + String.join(", ", changed.keySet()));
  }

  /** The fields whose values differ from what the source was last told; a dry run shows them. */
  Map<String, Object> unwritten(Ref source, Map<String, Object> vars, String reason) {
    if (plan.blockedBack().isEmpty()) {
      return Map.of();
    }
    Map<String, Object> fields = values(vars, reason);
    return FieldMapping.changed(fields, Fingerprints.of(fields), last(source));
  }

  private Map<String, String> last(Ref source) {
    return store.inTransaction(tx -> tx.blockedNotices().last(plan.name(), source.toString()));
  }

  private Map<String, Object> values(Map<String, Object> vars, String reason) {
    Map<String, Object> withReason = new HashMap<>(vars);
    withReason.put("blocked", reason);
    Map<String, Object> fields = new LinkedHashMap<>();
    plan.blockedBack().forEach((field, e) -> fields.put(field, e.evaluate(withReason)));
    return fields;
  }

  /** The asset passed the gate: a later block must be written again. */
  void passed(Ref source) {
    if (!plan.blockedBack().isEmpty()) {
      store.run(tx -> tx.blockedNotices().clear(plan.name(), source.toString()));
    }
  }
}
