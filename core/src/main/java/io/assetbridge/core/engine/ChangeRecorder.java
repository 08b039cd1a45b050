package io.assetbridge.core.engine;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.core.sync.LinkedPartner;
import io.assetbridge.spi.Change;
import io.assetbridge.store.Tx;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Records changes as events (duplicates dropped by key) and queues one job per triggered flow.
 * Several new events of one asset in one batch make one job per flow: the job reads it fresh.
 * Shared by pollers and webhook intake, so a webhook and a poll of one change make one job.
 */
final class ChangeRecorder {
  private ChangeRecorder() {}

  /** Returns {new events, new jobs}. */
  static int[] record(Tx tx, List<Change> changes, Collection<FlowPlan> plans) {
    int events = 0, jobs = 0;
    Set<String> queued = new HashSet<>();
    for (Change change : changes) {
      OptionalLong id = tx.events().insertIfNew(change);
      if (id.isEmpty()) {
        continue;
      }
      events++;
      EngineMetrics.eventReceived(change.connection());
      for (FlowPlan plan : plans) {
        if (!plan.triggeredBy(change.connection(), change.kind())) {
          continue;
        }
        String ref = jobRef(tx, plan, change);
        if (queued.add(plan.name() + "|" + ref)
            && tx.jobs().enqueue(plan.name(), id.getAsLong(), ref, tx.now())) {
          jobs++;
        }
      }
    }
    return new int[] {events, jobs};
  }

  /**
   * A two-way flow queues a change of either side under the pair's left ref once linked, so both
   * sides' jobs of one asset share one claim group and never run at once.
   */
  private static String jobRef(Tx tx, FlowPlan plan, Change change) {
    String ref = change.ref().toString();
    if (!plan.config().isTwoWay() || !change.connection().equals(plan.config().target())) {
      return ref;
    }
    return LinkedPartner.of(tx, plan, ref).orElse(ref);
  }
}
