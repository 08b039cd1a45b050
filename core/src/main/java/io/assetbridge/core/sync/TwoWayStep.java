package io.assetbridge.core.sync;

import io.assetbridge.core.expr.CelValues;
import io.assetbridge.core.flow.AssetStep.AuditTrail;
import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.core.flow.FlowStep;
import io.assetbridge.core.flow.StepReport;
import io.assetbridge.core.sync.ConflictPolicy.Winner;
import io.assetbridge.core.sync.PairLookup.Pair;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Job;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a two-way flow for one asset pair: read both sides fresh, reconcile each synced field
 * against the last agreed value, write only what differs, hold or decide conflicts, and keep the
 * rights timers that wake the flow when an embargo lifts or a licence expires.
 */
public final class TwoWayStep implements FlowStep {
  private final Store store;
  private final InstantSource clock;
  private final String actor;
  private final PairLookup pairs;

  public TwoWayStep(Store store, InstantSource clock, String actor) {
    this.store = store;
    this.clock = clock;
    this.actor = actor;
    this.pairs = new PairLookup(store);
  }

  @Override
  public StepReport run(FlowPlan plan, Job job) {
    Ref ref = Ref.parse(job.sourceRef());
    boolean isLeft = ref.connection().equals(plan.config().source());
    Asset own = (isLeft ? plan.source() : plan.targetReader()).read(ref.id());
    var audit = new AuditTrail(actor, plan.name(), job.id(), ref.toString());
    Optional<Pair> pair = pairs.find(plan, ref, own);
    String other = isLeft ? plan.config().target() : plan.config().source();
    if (pair.isEmpty()) {
      return audit.finish("skipped", "no partner in " + other + " yet (no link, no external key)");
    }
    if (!isLeft) {
      return regroup(plan, job, pair.get(), audit);
    }
    Asset left = own;
    Asset right = plan.targetReader().read(pair.get().right().id());
    Instant now = clock.instant();
    if (plan.when() != null && !plan.when().test(CelValues.variables(left, now))) {
      return audit.finish("skipped", "condition is false: " + plan.when().text());
    }
    String leftRef = left.ref().toString(), rightRef = right.ref().toString();
    var policy = new ConflictPolicy(plan.config().twoWay(), plan.config().source());
    var result = reconcile(plan, left, right, policy, now);
    recordClashes(plan, audit, leftRef, rightRef, result.clashes(), policy);
    write(plan, audit, left, right, result);
    new RightsSchedule(store).keep(leftRef, now, left, right);
    var link = new StepReport.LinkUpdate(leftRef, rightRef, left.version(), result.agreed());
    boolean wrote = !result.toLeft().isEmpty() || !result.toRight().isEmpty();
    return audit.report(wrote ? "synced" : "in step", link, List.of());
  }

  /**
   * A change first seen on the right side, before the pair was linked, is queued under the right
   * ref; it is handed to the pair's left ref instead of run here, so two jobs of one pair never run
   * at once (each would read the other's half-written state).
   */
  private StepReport regroup(FlowPlan plan, Job job, Pair pair, AuditTrail audit) {
    String left = pair.left().toString();
    store.run(
        tx -> {
          var change =
              new Change(
                  pair.left().connection(),
                  pair.left().id(),
                  "pair-of:" + job.sourceRef() + "@" + job.id(),
                  "asset.updated",
                  clock.instant());
          tx.events()
              .insertIfNew(change)
              .ifPresent(event -> tx.jobs().enqueue(plan.name(), event, left, tx.now()));
        });
    return audit.finish("regrouped", "paired with " + left + "; synced under that ref");
  }

  /** What a run would do for the asset, touching nothing (for dry runs). */
  public String describe(FlowPlan plan, Ref ref) {
    boolean isLeft = ref.connection().equals(plan.config().source());
    Asset own = (isLeft ? plan.source() : plan.targetReader()).read(ref.id());
    Optional<Pair> pair = pairs.find(plan, ref, own);
    if (pair.isEmpty()) {
      return ref + ": skip (no partner in the other system yet)";
    }
    Asset left = isLeft ? own : plan.source().read(pair.get().left().id());
    Asset right = isLeft ? plan.targetReader().read(pair.get().right().id()) : own;
    var policy = new ConflictPolicy(plan.config().twoWay(), plan.config().source());
    var r = reconcile(plan, left, right, policy, clock.instant());
    List<String> parts = new java.util.ArrayList<>();
    if (!r.toRight().isEmpty()) {
      parts.add("write " + right.ref() + " " + r.toRight().keySet());
    }
    if (!r.toLeft().isEmpty()) {
      parts.add("write " + left.ref() + " " + r.toLeft().keySet());
    }
    r.clashes()
        .forEach(
            c ->
                parts.add(
                    "conflict on "
                        + c.field()
                        + " ("
                        + policy.name()
                        + (c.winner() == Winner.HOLD
                            ? ": held)"
                            : ": " + c.winner().name().toLowerCase() + " wins)")));
    return left.ref()
        + " <-> "
        + right.ref()
        + ": "
        + (parts.isEmpty() ? "in step" : String.join("; ", parts));
  }

  /** The pair's plan against the values both sides last agreed on (kept on the link). */
  private Reconciliation.Plan reconcile(
      FlowPlan plan, Asset left, Asset right, ConflictPolicy policy, Instant now) {
    Map<String, String> base =
        store
            .inTransaction(tx -> tx.links().find(plan.name(), left.ref().toString()))
            .map(Link::fingerprints)
            .orElse(Map.of());
    return Reconciliation.plan(plan.config().twoWay().fields(), left, right, base, policy, now);
  }

  private void write(
      FlowPlan plan, AuditTrail audit, Asset left, Asset right, Reconciliation.Plan r) {
    if (r.expiredNow()) {
      audit.add(
          "expired", right.ref().toString(), "ok", "licence ran out; status Expired on both sides");
    }
    if (!r.toRight().isEmpty()) {
      plan.writer().update(right.ref().id(), r.toRight());
      audit.add("synced", right.ref().toString(), "ok", fields(r.toRight(), left));
    }
    if (!r.toLeft().isEmpty()) {
      plan.sourceWriter().update(left.ref().id(), r.toLeft());
      audit.add("synced", left.ref().toString(), "ok", fields(r.toLeft(), right));
    }
  }

  /** The written fields and whose values they took; the record's target says where they went. */
  private static String fields(Map<String, Object> written, Asset from) {
    return "fields " + String.join(", ", written.keySet()) + " from " + from.ref();
  }

  /** Every conflict is an audit record; held ones wait in the store for a person. */
  private void recordClashes(
      FlowPlan plan,
      AuditTrail audit,
      String leftRef,
      String rightRef,
      List<Reconciliation.Clash> clashes,
      ConflictPolicy policy) {
    for (var c : clashes) {
      String values =
          c.field()
              + ": "
              + leftRef
              + " has "
              + c.leftText()
              + ", "
              + rightRef
              + " has "
              + c.rightText();
      if (c.winner() == Winner.HOLD) {
        boolean changed =
            store.inTransaction(
                tx ->
                    tx.conflicts()
                        .hold(
                            plan.name(),
                            leftRef,
                            rightRef,
                            c.field(),
                            c.leftText(),
                            c.rightText()));
        if (changed) {
          audit.add("conflict", rightRef, "held", values + "; held for a person (jobs resolve)");
        }
      } else {
        String winner = c.winner() == Winner.LEFT ? leftRef : rightRef;
        audit.add(
            "conflict",
            rightRef,
            "decided",
            values + "; " + policy.name() + ": " + winner + " wins");
      }
    }
    if (policy.name().equals("hold")) {
      settleHeld(plan, leftRef, clashes);
    }
  }

  /** A held field whose sides agree again (a person fixed one) needs no decision any more. */
  private void settleHeld(FlowPlan plan, String leftRef, List<Reconciliation.Clash> clashes) {
    store.run(
        tx -> {
          for (String field : plan.config().twoWay().fields()) {
            boolean stillClashing = clashes.stream().anyMatch(c -> c.field().equals(field));
            if (!stillClashing) {
              tx.conflicts()
                  .open(plan.name(), leftRef, field)
                  .ifPresent(c -> tx.conflicts().resolve(c.id(), "values agree again"));
            }
          }
        });
  }
}
