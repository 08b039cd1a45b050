package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CelValues;
import io.assetbridge.core.sync.TwoWayStep;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.CursorStore;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Says what a flow would do with each changed asset, touching nothing: no cursor, event, job or
 * target write. Reads the source and the store only.
 */
public final class DryRun {
  private final Store store;
  private final InstantSource clock;

  public DryRun(Store store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Describes each asset changed since {@code since} (null = since each source's saved cursor, what
   * the next pass would see); returns how many.
   */
  public int run(FlowPlan plan, Instant since, Consumer<String> out) {
    Set<Ref> refs = new LinkedHashSet<>();
    for (ChangeSource source : plan.changeSources()) {
      String cursor =
          since != null
              ? source.cursorAt(since)
              : store
                  .inTransaction(
                      tx -> tx.cursors().get(CursorStore.changesOf(source.connectionName())))
                  .orElse(null);
      for (Change change : source.changesSince(cursor).changes()) {
        if (plan.triggeredBy(change.connection(), change.kind())) {
          refs.add(change.ref());
        }
      }
    }
    for (Ref ref : refs) {
      out.accept(
          plan.config().isTwoWay()
              ? new TwoWayStep(store, clock, "dry-run").describe(plan, ref)
              : describe(plan, plan.source().read(ref.id())));
    }
    return refs.size();
  }

  String describe(FlowPlan plan, Asset asset) {
    Instant now = clock.instant();
    Map<String, Object> vars = CelValues.variables(asset, now);
    String ref = asset.ref().toString();
    if (plan.when() != null && !plan.when().test(vars)) {
      return ref + ": skip (condition is false: " + plan.when().text() + ")";
    }
    if (plan.config().rightsRequired()) {
      Optional<String> blocked = RightsGate.check(asset, now);
      if (blocked.isPresent()) {
        Map<String, Object> tell =
            new BlockedWriteBack(store, plan, null).unwritten(asset.ref(), vars, blocked.get());
        return ref
            + ": blocked ("
            + blocked.get()
            + ")"
            + (tell.isEmpty()
                ? ""
                : "; would tell "
                    + asset.ref().connection()
                    + ": "
                    + String.join(", ", tell.keySet()));
      }
    }
    Optional<FlowPlan.Route> route = RouteChoice.first(plan, vars);
    if (plan.distributor() != null && route.isEmpty()) {
      return ref + ": skip (no route matched)";
    }
    boolean linked = store.inTransaction(tx -> tx.links().find(plan.name(), ref)).isPresent();
    String write = linked ? "update changed fields" : "create in " + plan.writer().connectionName();
    return ref
        + ": "
        + write
        + route.map(r -> ", route " + r.index() + why(r) + " → " + targets(r)).orElse("");
  }

  private static String why(FlowPlan.Route route) {
    return route.when() == null ? " (default)" : " (" + route.when().text() + ")";
  }

  private static String targets(FlowPlan.Route route) {
    return String.join(
        "; ",
        route.targets().stream()
            .map(
                t ->
                    (t.list() != null ? "list " + t.list() : "recipients " + t.recipients())
                        + " on "
                        + t.channel())
            .toList());
  }
}
