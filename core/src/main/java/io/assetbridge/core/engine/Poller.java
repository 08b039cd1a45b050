package io.assetbridge.core.engine;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One poll of one source: the changes become events (duplicates dropped by key), each new event a
 * job per flow it triggers, and the new cursor is saved in the same transaction. Several new events
 * of one asset in one batch make one job per flow: the job reads the asset fresh anyway.
 */
public final class Poller {
  private final Store store;
  private final Collection<FlowPlan> plans;

  public Poller(Store store, Collection<FlowPlan> plans) {
    this.store = store;
    this.plans = plans;
  }

  public static String cursorName(String connection) {
    return "changes:" + connection;
  }

  /** Polls and returns how many new jobs it queued; {@code since} overrides the saved cursor. */
  public PollResult poll(ChangeSource source, Instant since) {
    String name = cursorName(source.connectionName());
    String cursor =
        since != null
            ? source.cursorAt(since)
            : store.inTransaction(tx -> tx.cursors().get(name)).orElse(null);
    ChangeBatch batch = source.changesSince(cursor);
    return store.inTransaction(
        tx -> {
          int events = 0, jobs = 0;
          Set<String> queued = new HashSet<>();
          for (Change change : batch.changes()) {
            OptionalLong id = tx.events().insertIfNew(change);
            if (id.isEmpty()) {
              continue;
            }
            events++;
            for (FlowPlan plan : plans) {
              if (plan.triggeredBy(change.connection(), change.kind())
                  && queued.add(plan.name() + "|" + change.ref())
                  && tx.jobs()
                      .enqueue(plan.name(), id.getAsLong(), change.ref().toString(), tx.now())) {
                jobs++;
              }
            }
          }
          if (batch.nextCursor() != null) {
            tx.cursors().save(name, batch.nextCursor());
          }
          return new PollResult(batch.changes().size(), events, jobs);
        });
  }

  /** Changes seen, new events among them, and jobs queued. */
  public record PollResult(int changes, int newEvents, int jobs) {}
}
