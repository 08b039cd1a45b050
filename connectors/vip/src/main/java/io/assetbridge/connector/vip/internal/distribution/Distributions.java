package io.assetbridge.connector.vip.internal.distribution;

import static io.assetbridge.connector.vip.internal.api.VipApi.segment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.vip.VipDistribution;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.Pages;
import io.assetbridge.connector.vip.internal.api.VipAnswer;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/** VIP's {@code /distributions} (§7): send to a list or to recipients, read, list per asset. */
public final class Distributions {
  private final VipApi api;
  private final ListDirectory lists;

  public Distributions(VipApi api, InstantSource clock, String connection) {
    this.api = api;
    this.lists = new ListDirectory(api, clock, connection);
  }

  /** Sends idempotently by the request's required key; a rendition of null sends the original. */
  public DistributionReceipt distribute(DistributionRequest request) {
    if (request.idempotencyKey() == null) {
      throw new PermanentException(
          "a VIP distribution needs an idempotency key; the request has none");
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("assetId", request.assetId());
    body.put("rendition", request.rendition()).put("channel", request.channel());
    String target = addTarget(body, request);
    putIfSet(body, "message", request.message());
    putIfSet(body, "embargoUntil", request.embargoUntil());
    putIfSet(body, "expiresAt", request.expiresAt());
    VipAnswer answer = api.postJson("/distributions", body, request.idempotencyKey());
    if (!answer.ok()) {
      throw DistributionRefusal.of(answer, request.assetId(), target, request.channel());
    }
    return answer.map(DistributionMapping::distribution).receipt();
  }

  public DistributionReceipt read(String distributionId) {
    return api.get("/distributions/" + segment(distributionId))
        .map(DistributionMapping::distribution)
        .receipt();
  }

  /** Every distribution of the asset, oldest first. */
  public List<VipDistribution> ofAsset(String assetId) {
    String path = "/distributions" + Query.of().add("assetId", assetId);
    return Pages.all(api, path, DistributionMapping::distribution);
  }

  /** Sets {@code listId} or {@code recipientIds} and says, for messages, whom it names. */
  private String addTarget(ObjectNode body, DistributionRequest request) {
    boolean hasList = request.list() != null;
    if (hasList == !request.recipients().isEmpty()) {
      throw new PermanentException(
          "a VIP distribution names exactly one of a list and recipients; this one names "
              + (hasList ? "both" : "neither"));
    }
    if (hasList) {
      VipList list = lists.resolve(request.list());
      body.put("listId", list.id());
      return "list " + list;
    }
    body.set("recipientIds", Json.MAPPER.valueToTree(request.recipients()));
    return "recipients " + String.join(", ", request.recipients());
  }

  private static void putIfSet(ObjectNode body, String name, Object value) {
    if (value != null) {
      body.put(name, value instanceof Instant at ? at.toString() : value.toString());
    }
  }
}
