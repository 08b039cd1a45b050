package io.assetbridge.connector.vip.internal.submissions;

import static io.assetbridge.connector.vip.internal.api.VipApi.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.connector.vip.SubmissionAck;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.connector.vip.internal.assets.StreamedContent;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.PermanentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inbound submissions (§8). Each submitted file is its own canonical asset with the ref {@code
 * vip:<submissionId>/<fileId>} (§12).
 */
public final class Submissions {
  private final VipApi api;
  private final SubmissionMapping mapping;

  public Submissions(VipApi api, String connection) {
    this.api = api;
    this.mapping = new SubmissionMapping(connection);
  }

  /** Whether an id names a submitted file ({@code sub_9/fil_31}) rather than an asset. */
  public static boolean isFileId(String id) {
    return id.indexOf('/') > 0;
  }

  /** The file ids of a submission, as ids {@link #read} takes ({@code sub_9/fil_31}). */
  public List<String> fileIds(String submissionId) {
    return api.get(path(submissionId)).map(Submissions::fileIdsOf);
  }

  public Asset read(String fileId) {
    FileId id = FileId.parse(fileId);
    return api.get(path(id.submissionId())).map(s -> mapping.toAsset(s, id.fileId()));
  }

  public AssetContent openContent(String fileId) {
    Asset asset = read(fileId);
    FileId id = FileId.parse(fileId);
    String content = path(id.submissionId()) + "/files/" + segment(id.fileId()) + "/content";
    return StreamedContent.open(api, content, asset.file().name());
  }

  public void acknowledge(SubmissionAck ack) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("status", ack.status());
    if (ack.externalRef() != null) {
      body.put("externalRef", ack.externalRef());
    }
    if (ack.fileRefs() != null) {
      body.set("fileRefs", Json.MAPPER.valueToTree(ack.fileRefs()));
    }
    if (ack.reason() != null) {
      body.put("reason", ack.reason());
    }
    api.postJson(path(ack.submissionId()) + "/ack", body, null).json();
  }

  private static List<String> fileIdsOf(JsonNode submission) {
    List<String> ids = new ArrayList<>();
    String sub = Json.text(submission, "id");
    submission.path("files").forEach(f -> ids.add(sub + "/" + Json.text(f, "id")));
    return ids;
  }

  private static String path(String submissionId) {
    return "/submissions/" + segment(submissionId);
  }

  /** {@code sub_9/fil_31}: the submission and one of its files. */
  record FileId(String submissionId, String fileId) {
    static FileId parse(String id) {
      int slash = id.indexOf('/');
      if (slash <= 0 || slash == id.length() - 1) {
        throw new PermanentException(
            "'" + id + "' is not a VIP submitted file id; write <submissionId>/<fileId>");
      }
      return new FileId(id.substring(0, slash), id.substring(slash + 1));
    }
  }
}
