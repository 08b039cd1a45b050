package io.assetbridge.connector.vip.internal.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.spi.Change;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A VIP event (§9) as a {@link Change}: the object is the asset a delivery belongs to, or the
 * submission; the event id is the version key, so a webhook and a poll of one event make one
 * change.
 */
public final class EventMapping {
  private static final Logger log = LoggerFactory.getLogger(EventMapping.class);

  private final String connection;

  public EventMapping(String connection) {
    this.connection = connection;
  }

  /** The change, or empty for an event type this connector does not know (it is skipped). */
  public Optional<Change> toChange(JsonNode event) {
    String type = Json.text(event, "type");
    String object =
        switch (type == null ? "" : type) {
          case "delivery.updated", "publication.reported", "distribution.completed" -> "assetId";
          case "submission.received" -> "submissionId";
          default -> null;
        };
    String id = Json.text(event, "id");
    if (object == null) {
      log.debug("{}: skipping VIP event {} of unknown type {}", connection, id, type);
      return Optional.empty();
    }
    String objectId = Json.text(event.path("data"), object);
    if (id == null || objectId == null) {
      throw new IllegalArgumentException("event " + id + " lacks its id or data." + object);
    }
    return Optional.of(
        new Change(connection, objectId, id, type, Json.instant(event, "occurredAt")));
  }
}
