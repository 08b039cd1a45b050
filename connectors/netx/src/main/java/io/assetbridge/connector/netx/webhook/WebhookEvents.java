package io.assetbridge.connector.netx.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.WebhookRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a verified webhook into a change keyed by a fresh read's {@code (id, modDate)}, so a
 * webhook and a poll of one change make one event (netx.md §9).
 */
public final class WebhookEvents {
  private final String connection;
  private final NetxApi api;
  private final ObjectMapper json;

  public WebhookEvents(String connection, NetxApi api, ObjectMapper json) {
    this.connection = connection;
    this.api = api;
    this.json = json;
  }

  public List<Change> parse(WebhookRequest request) {
    JsonNode body = body(request.body());
    String event = body.path("event").asText("");
    long assetId = body.path("assetId").asLong(-1);
    if (assetId < 0 || !event.startsWith("asset.")) {
      throw new PermanentException("netx webhook body has no asset event with an assetId");
    }
    Optional<JsonNode> asset = api.asset(assetId);
    if (asset.isEmpty()) {
      long at = body.path("timestamp").asLong(request.receivedAt().toEpochMilli());
      return List.of(change(assetId, "deleted-" + at, "asset.deleted", at));
    }
    long mod = asset.get().path("modDate").asLong();
    String kind = event.equals("asset.create") ? "asset.created" : "asset.updated";
    return List.of(change(assetId, Long.toString(mod), kind, mod));
  }

  private Change change(long id, String version, String kind, long atMs) {
    return new Change(connection, Long.toString(id), version, kind, Instant.ofEpochMilli(atMs));
  }

  private JsonNode body(byte[] raw) {
    try {
      JsonNode node = json.readTree(raw);
      if (node == null || !node.isObject()) {
        throw new PermanentException("netx webhook body is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new PermanentException("netx webhook body is malformed JSON", e);
    }
  }
}
