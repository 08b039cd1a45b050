package io.assetbridge.emulator.vip.distribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.recipients.Channels;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** The body of {@code POST /distributions}, schema-checked (§7 check 1). */
public record DistributionRequest(
    String assetId,
    String rendition,
    String listId,
    List<String> recipientIds,
    String channel,
    String message,
    Instant embargoUntil,
    Instant expiresAt) {
  private static final List<String> FIELDS =
      List.of(
          "assetId",
          "rendition",
          "listId",
          "recipientIds",
          "channel",
          "message",
          "embargoUntil",
          "expiresAt");

  public static DistributionRequest read(ObjectNode body) {
    FieldErrors errors = new FieldErrors();
    FieldReader r = new FieldReader(body, "", errors);
    r.allowOnly(FIELDS);
    String channel = r.text("channel", 32, true);
    if (channel != null && !Channels.ALL.contains(channel)) {
      r.fail("channel", "must be one of " + Channels.ALL);
    }
    String listId = r.text("listId", 200);
    List<String> recipientIds =
        r.present("recipientIds") ? r.texts("recipientIds", 1000, 200) : null;
    checkAudience(r, recipientIds);
    DistributionRequest request =
        new DistributionRequest(
            r.text("assetId", 200, true),
            r.text("rendition", 64),
            listId,
            recipientIds,
            channel,
            r.text("message", 5000),
            r.instant("embargoUntil"),
            r.instant("expiresAt"));
    errors.throwIfAny();
    return request;
  }

  private static void checkAudience(FieldReader r, List<String> recipientIds) {
    boolean hasList = r.present("listId");
    boolean hasRecipients = r.present("recipientIds");
    if (hasList == hasRecipients) {
      r.fail("listId", "send exactly one of listId and recipientIds");
    } else if (recipientIds != null && recipientIds.isEmpty()) {
      r.fail("recipientIds", "must name 1 to 1000 recipients");
    } else if (recipientIds != null && new HashSet<>(recipientIds).size() < recipientIds.size()) {
      r.fail("recipientIds", "must not repeat an id");
    }
  }
}
