package io.assetbridge.core.engine;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.util.Collection;

/**
 * One poll of one source: the changes become events and jobs ({@link ChangeRecorder}) and the new
 * cursor is saved in the same transaction.
 */
public final class Poller {
  private final Store store;
  private final Collection<FlowPlan> plans;

  public Poller(Store store, Collection<FlowPlan> plans) {
    this.store = store;
    this.plans = plans;
  }

  public static String cursorName(String connection) {
    return io.assetbridge.store.CursorStore.changesOf(connection);
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
          int[] recorded = ChangeRecorder.record(tx, batch.changes(), plans);
          if (batch.nextCursor() != null) {
            tx.cursors().save(name, batch.nextCursor());
          }
          return new PollResult(batch.changes().size(), recorded[0], recorded[1]);
        });
  }

  /** Changes seen, new events among them, and jobs queued. */
  public record PollResult(int changes, int newEvents, int jobs) {}
}
