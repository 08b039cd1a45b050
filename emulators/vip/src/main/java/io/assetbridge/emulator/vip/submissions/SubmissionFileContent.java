package io.assetbridge.emulator.vip.submissions;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.ContentResponse;
import io.assetbridge.emulator.vip.http.Problem;

/** {@code GET /submissions/{id}/files/{fileId}/content}: bytes as an attachment, with Range. */
public final class SubmissionFileContent implements ApiOperation {
  private final Platform platform;

  public SubmissionFileContent(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String id = call.pathParam("id");
    String fileId = call.pathParam("fileId");
    SubmissionFile file =
        platform.locked(
            account ->
                account.submissions().require(id).files().stream()
                    .filter(f -> f.id().equals(fileId))
                    .findFirst()
                    .orElseThrow(() -> Problem.notFound("file " + fileId + " of " + id)));
    String name = file.fileName().replace("\\", "\\\\").replace("\"", "\\\"");
    return ContentResponse.of(file.stored(), call)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
