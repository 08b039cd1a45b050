package io.assetbridge.core.engine;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.WebhookIntake;
import io.assetbridge.spi.WebhookRequest;
import io.assetbridge.store.AuditEntry;
import io.assetbridge.store.Store;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Takes a webhook for a connection: the connector verifies and parses it, the changes become events
 * and jobs in one transaction, and the caller can answer at once (work happens in jobs). A refused
 * webhook is recorded in the audit trail and never processed.
 */
public final class WebhookIntakeService {
  private final Store store;
  private final Function<String, Connector> connectors;
  private final Collection<FlowPlan> plans;
  private final String actor;

  public WebhookIntakeService(
      Store store,
      Function<String, Connector> connectors,
      Collection<FlowPlan> plans,
      String actor) {
    this.store = store;
    this.connectors = connectors;
    this.plans = plans;
    this.actor = actor;
  }

  /** What a webhook became: its changes, the new events among them and the jobs queued. */
  public record Accepted(int changes, int newEvents, int jobs) {}

  /** Thrown for a connection that is unknown or takes no webhooks (a 404 to the sender). */
  public static final class NoSuchHook extends RuntimeException {
    NoSuchHook(String message) {
      super(message);
    }
  }

  /** The sender failed verification (signature or timestamp): answer 401. Already audited. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private void audit(String connection, String action, String reason) {
    EngineMetrics.auditAppended(null, 1);
    store.run(
        tx ->
            tx.audit()
                .append(
                    new AuditEntry(
                        actor,
                        null,
                        null,
                        action,
                        connection + ":webhook",
                        null,
                        "refused",
                        reason)));
  }

  /**
   * Verifies and records. Throws {@link Refused} for a failed verification and {@link
   * PermanentException} for a verified but malformed body (a 400); both are audited, neither is
   * processed.
   */
  public Accepted accept(String connection, WebhookRequest request) {
    Connector connector = connectors.apply(connection);
    if (!(connector instanceof WebhookIntake intake)) {
      throw new NoSuchHook(
          connector == null
              ? "no connection '" + connection + "' is configured"
              : "connection '" + connection + "' takes no webhooks");
    }
    try {
      intake.verify(request);
    } catch (PermanentException refused) {
      audit(connection, "webhook-refused", refused.getMessage());
      throw new Refused(refused.getMessage());
    }
    List<Change> changes;
    try {
      changes = intake.parse(request);
    } catch (PermanentException malformed) {
      audit(connection, "webhook-malformed", malformed.getMessage());
      throw malformed;
    }
    return store.inTransaction(
        tx -> {
          int[] recorded = ChangeRecorder.record(tx, changes, plans);
          return new Accepted(changes.size(), recorded[0], recorded[1]);
        });
  }
}
