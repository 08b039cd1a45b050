package io.assetbridge.emulator.vip.distribution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.assetbridge.emulator.vip.assets.Asset;
import io.assetbridge.emulator.vip.assets.Metadata;
import io.assetbridge.emulator.vip.files.StoredFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The §7 distribution; {@code snapshot} is what was sent, untouched by later patches. */
public record Distribution(
    String id,
    String assetId,
    String externalRef,
    String rendition,
    String channel,
    String listId,
    List<String> recipientIds,
    String message,
    Instant embargoUntil,
    Instant expiresAt,
    DistributionStatus status,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt,
    List<Delivery> deliveries,
    @JsonIgnore Snapshot snapshot) {

  /** The asset's metadata and the file as they were when the distribution was created. */
  public record Snapshot(Metadata metadata, StoredFile file) {}

  static Distribution queued(
      String id,
      DistributionRequest request,
      DistributionChecks.Plan plan,
      List<Delivery> deliveries,
      StoredFile file,
      Instant now) {
    Asset asset = plan.asset();
    return new Distribution(
        id,
        asset.id(),
        asset.externalRef(),
        request.rendition(),
        request.channel(),
        request.listId(),
        request.recipientIds(),
        request.message(),
        plan.embargoUntil(),
        plan.expiresAt(),
        DistributionStatus.QUEUED,
        now,
        now,
        null,
        deliveries,
        new Snapshot(asset.metadata(), file));
  }

  public Delivery delivery(String deliveryId) {
    return deliveries.stream().filter(d -> d.id().equals(deliveryId)).findFirst().orElseThrow();
  }

  /** With one delivery replaced; a terminal status stays, others follow from the deliveries. */
  public Distribution with(Delivery changed, Instant now) {
    List<Delivery> list = new ArrayList<>(deliveries);
    list.replaceAll(d -> d.id().equals(changed.id()) ? changed : d);
    DistributionStatus next = status.terminal() ? status : DistributionStatus.derive(list);
    Instant completed = completedAt == null && next.terminal() ? now : completedAt;
    return copy(next, now, completed, List.copyOf(list));
  }

  public Distribution cancelled(Instant now) {
    return copy(DistributionStatus.CANCELLED, now, now, deliveries);
  }

  private Distribution copy(
      DistributionStatus newStatus, Instant updated, Instant completed, List<Delivery> list) {
    return new Distribution(
        id,
        assetId,
        externalRef,
        rendition,
        channel,
        listId,
        recipientIds,
        message,
        embargoUntil,
        expiresAt,
        newStatus,
        createdAt,
        updated,
        completed,
        list,
        snapshot);
  }
}
