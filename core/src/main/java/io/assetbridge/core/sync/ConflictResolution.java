package io.assetbridge.core.sync;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.flow.Fingerprints;
import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.AuditEntry;
import io.assetbridge.store.Conflict;
import java.util.Map;

/**
 * A person's answer to a held conflict: the chosen side's current value is written to the other
 * side, becomes the agreed value of the link, and the conflict is closed with an audit record.
 */
public final class ConflictResolution {
  private final Engine engine;

  public ConflictResolution(Engine engine) {
    this.engine = engine;
  }

  /**
   * Resolves conflict {@code id} by taking the value of connection {@code take}; returns what was
   * done, for the person.
   */
  public String resolve(long id, String take, String actor) {
    Conflict c =
        engine
            .store()
            .inTransaction(tx -> tx.conflicts().get(id))
            .filter(Conflict::held)
            .orElseThrow(
                () ->
                    new ConfigException(
                        "no held conflict " + id + "; `jobs list --conflicts` lists them"));
    FlowPlan plan = engine.plans().get(c.flow());
    if (plan == null || !plan.config().isTwoWay()) {
      throw new ConfigException("flow '" + c.flow() + "' is no longer a configured two-way flow");
    }
    Ref left = Ref.parse(c.leftRef()), right = Ref.parse(c.rightRef());
    if (!take.equals(left.connection()) && !take.equals(right.connection())) {
      throw new ConfigException(
          "take must be "
              + left.connection()
              + " or "
              + right.connection()
              + ", not '"
              + take
              + "'");
    }
    boolean leftWins = take.equals(left.connection());
    Asset winner = leftWins ? plan.source().read(left.id()) : plan.targetReader().read(right.id());
    SyncedField field = SyncedField.of(c.field());
    Object value = field.value(winner);
    if (leftWins) {
      plan.writer().update(right.id(), java.util.Collections.singletonMap(c.field(), value));
    } else {
      plan.sourceWriter().update(left.id(), java.util.Collections.singletonMap(c.field(), value));
    }
    String detail =
        c.field()
            + " = "
            + field.comparable(winner)
            + " from "
            + (leftWins ? left : right)
            + " by "
            + actor;
    engine
        .store()
        .run(
            tx -> {
              var link = tx.links().find(c.flow(), c.leftRef()).orElseThrow();
              tx.links()
                  .save(
                      c.flow(),
                      c.leftRef(),
                      c.rightRef(),
                      link.sourceVersion(),
                      Map.of(c.field(), Fingerprints.of(field.comparable(winner))));
              tx.conflicts().resolve(id, "took " + take + ": " + detail);
              tx.audit()
                  .append(
                      new AuditEntry(
                          actor,
                          c.flow(),
                          null,
                          "conflict-resolved",
                          c.leftRef(),
                          c.rightRef(),
                          "resolved",
                          detail));
            });
    return "conflict " + id + " resolved: " + detail;
  }
}
