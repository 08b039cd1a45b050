package io.assetbridge.connector.vip.internal.distribution;

import static io.assetbridge.connector.vip.internal.api.Json.instant;
import static io.assetbridge.connector.vip.internal.api.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.vip.VipDelivery;
import io.assetbridge.connector.vip.VipDistribution;
import java.util.ArrayList;
import java.util.List;

/** VIP's distribution and delivery objects (§7) as values. */
final class DistributionMapping {
  private DistributionMapping() {}

  static VipDistribution distribution(JsonNode node) {
    List<VipDelivery> deliveries = new ArrayList<>();
    node.path("deliveries").forEach(d -> deliveries.add(delivery(d)));
    return new VipDistribution(
        text(node, "id"),
        text(node, "assetId"),
        text(node, "externalRef"),
        text(node, "rendition"),
        text(node, "channel"),
        text(node, "listId"),
        text(node, "status"),
        instant(node, "embargoUntil"),
        instant(node, "expiresAt"),
        instant(node, "createdAt"),
        instant(node, "completedAt"),
        deliveries);
  }

  static VipDelivery delivery(JsonNode node) {
    JsonNode publication = node.path("publication");
    return new VipDelivery(
        text(node, "id"),
        text(node, "recipientId"),
        text(node, "recipientName"),
        text(node, "status"),
        instant(node, "updatedAt"),
        instant(node, "deliveredAt"),
        instant(node, "downloadedAt"),
        instant(node, "publishedAt"),
        instant(node, "failedAt"),
        text(node, "failureReason"),
        text(publication, "url"),
        text(publication, "outlet"));
  }
}
