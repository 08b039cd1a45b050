package io.assetbridge.connector.vip.internal.submissions;

import static io.assetbridge.connector.vip.internal.api.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.assets.AssetMapping;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetBuilder;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Ref;

/**
 * One submitted file as a canonical asset (§12): the submission's metadata, {@code credit} falling
 * back to the contributor's name, status {@code IN_REVIEW}.
 */
final class SubmissionMapping {
  private final String connection;

  SubmissionMapping(String connection) {
    this.connection = connection;
  }

  Asset toAsset(JsonNode submission, String fileId) {
    String submissionId = text(submission, "id");
    JsonNode file = fileOf(submission, fileId);
    JsonNode metadata = submission.path("metadata");
    AssetBuilder builder =
        Asset.builder(new Ref(connection, submissionId + "/" + fileId))
            .file(AssetMapping.fileFacts(file))
            .status(AssetStatus.IN_REVIEW)
            // A submission's metadata never changes after arrival: its arrival is its version.
            .version(text(submission, "receivedAt"))
            .createdAt(Json.instant(submission, "receivedAt"))
            .modifiedAt(Json.instant(submission, "receivedAt"));
    AssetMapping.describe(builder, metadata);
    if (text(metadata, "credit") == null) {
      builder.credit(text(submission.path("contributor"), "name"));
    }
    Json.plain(submission).forEach(builder::field);
    return builder.field("fileId", fileId).build();
  }

  private static JsonNode fileOf(JsonNode submission, String fileId) {
    for (JsonNode file : submission.path("files")) {
      if (fileId.equals(text(file, "id"))) {
        return file;
      }
    }
    throw new PermanentException(
        "VIP submission " + text(submission, "id") + " has no file " + fileId);
  }
}
