package io.assetbridge.emulator.vip.submissions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.assetbridge.emulator.vip.files.StoredFile;

/** One file of a submission, as §8 shows it. */
public record SubmissionFile(
    String id,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    @JsonIgnore StoredFile stored) {

  public static SubmissionFile of(String id, StoredFile stored) {
    return new SubmissionFile(
        id, stored.fileName(), stored.mediaType(), stored.size(), stored.sha256(), stored);
  }
}
