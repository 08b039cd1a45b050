package io.assetbridge.core.engine;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.RightsTimers;
import io.assetbridge.store.Store;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns rights timers that the clock has reached into events ({@code rights.embargo-lifts}, {@code
 * rights.expires}), so the flows of that asset run at that moment though nobody edited it. Firing
 * and recording happen in one transaction: a crash fires the timer again, never loses it.
 */
public final class RightsClock {
  public static final String KIND_PREFIX = "rights.";
  private final Store store;
  private final Collection<FlowPlan> plans;
  private final InstantSource clock;

  public RightsClock(Store store, Collection<FlowPlan> plans, InstantSource clock) {
    this.store = store;
    this.plans = plans;
    this.clock = clock;
  }

  /** Fires every due timer; returns how many jobs that queued. */
  public int fireDue() {
    return store.inTransaction(
        tx -> {
          List<Change> changes = new ArrayList<>();
          for (RightsTimers.Timer t : tx.rightsTimers().due(clock.instant(), 500)) {
            if (tx.rightsTimers().fire(t.id())) {
              Ref ref = Ref.parse(t.ref());
              changes.add(
                  new Change(
                      ref.connection(),
                      ref.id(),
                      KIND_PREFIX + t.kind() + "@" + t.dueAt(),
                      KIND_PREFIX + t.kind(),
                      t.dueAt()));
            }
          }
          return ChangeRecorder.record(tx, changes, plans)[1];
        });
  }
}
