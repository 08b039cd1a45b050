package io.assetbridge.store;

import io.assetbridge.store.internal.Sql;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which flows are switched off. A disabled flow's jobs are still queued, so no change is lost, but
 * no worker on any node claims them until the flow is enabled again.
 */
public final class FlowSwitches {
  private final Sql sql;
  private final Tx tx;

  FlowSwitches(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Switches the flow off; true when it was on. */
  public boolean disable(String flow, String by) {
    return sql.insertIgnoringDuplicate(
        "INSERT INTO disabled_flows (flow, disabled_at, disabled_by) VALUES (?, ?, ?)",
        "flow",
        flow,
        tx.now(),
        Texts.storable(by));
  }

  /** Switches the flow on; true when it was off. */
  public boolean enable(String flow) {
    return sql.update("DELETE FROM disabled_flows WHERE flow = ?", flow) == 1;
  }

  public boolean isDisabled(String flow) {
    return sql.number("SELECT COUNT(*) FROM disabled_flows WHERE flow = ?", flow) > 0;
  }

  /** The disabled flows, by name. */
  public Set<String> disabled() {
    return new LinkedHashSet<>(
        sql.list("SELECT flow FROM disabled_flows ORDER BY flow", row -> row.getString(1)));
  }
}
