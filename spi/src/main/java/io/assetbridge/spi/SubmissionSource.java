package io.assetbridge.spi;

import java.util.List;

/**
 * Inbound contributions: a submission holds files, each readable as an asset through {@link
 * AssetReader} by the ids listed here, and is acknowledged once the engine took or refused it.
 */
public interface SubmissionSource extends AssetReader {

  /** The ids of a submission's files, for {@link #read} and {@link #openContent}. */
  List<String> submissionFiles(String submissionId);

  /** Tells the platform the outcome; the same acknowledgement again is harmless. */
  void acknowledge(String submissionId, Acknowledgement ack);

  /**
   * {@code ingested} with the refs made per file id (and the first as the submission's ref), or
   * {@code rejected} with a reason a contributor can act on.
   */
  record Acknowledgement(boolean ingested, java.util.Map<String, String> fileRefs, String reason) {
    public static Acknowledgement ingested(java.util.Map<String, String> fileRefs) {
      return new Acknowledgement(
          true,
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fileRefs)),
          null);
    }

    public static Acknowledgement rejected(String reason) {
      return new Acknowledgement(false, java.util.Map.of(), reason);
    }
  }
}
