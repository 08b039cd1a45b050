package io.assetbridge.emulator.vip.recipients;

import java.time.Instant;
import java.util.List;

/** A named list of recipient ids (§6), at most 1000. */
public record DistributionList(
    String id,
    String name,
    String description,
    List<String> memberIds,
    Instant createdAt,
    Instant updatedAt) {

  /** How lists appear in {@code GET /lists}. */
  public record Summary(
      String id,
      String name,
      String description,
      int memberCount,
      Instant createdAt,
      Instant updatedAt) {}

  /** How a list appears in {@code GET /lists/{id}}: members whole, by id. */
  public record Detail(
      String id,
      String name,
      String description,
      int memberCount,
      Instant createdAt,
      Instant updatedAt,
      List<Recipient> members) {}

  public Summary summary() {
    return new Summary(id, name, description, memberIds.size(), createdAt, updatedAt);
  }

  public Detail detail(List<Recipient> members) {
    return new Detail(id, name, description, memberIds.size(), createdAt, updatedAt, members);
  }
}
