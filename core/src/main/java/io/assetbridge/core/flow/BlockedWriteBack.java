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
    Map<String, Object> withReason = new HashMap<>(vars);
    withReason.put("blocked", reason);
    Map<String, Object> fields = new LinkedHashMap<>();
    plan.blockedBack().forEach((field, e) -> fields.put(field, e.evaluate(withReason)));
    Map<String, String> prints = Fingerprints.of(fields);
    Map<String, String> last =
        store.inTransaction(tx -> tx.blockedNotices().last(plan.name(), source.toString()));
    Map<String, Object> changed = FieldMapping.changed(fields, prints, last);
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

  /** The asset passed the gate: a later block must be written again. */
  void passed(Ref source) {
    if (!plan.blockedBack().isEmpty()) {
      store.run(tx -> tx.blockedNotices().clear(plan.name(), source.toString()));
    }
  }
}
