package io.assetbridge.connector.vip;

import java.util.Map;

/**
 * What the engine tells VIP about an inbound submission (§8): {@code ingested} with the refs it
 * made, or {@code rejected} with a reason.
 */
public record SubmissionAck(
    String submissionId,
    String status,
    String externalRef,
    Map<String, String> fileRefs,
    String reason) {

  public SubmissionAck {
    fileRefs = fileRefs == null ? null : Map.copyOf(fileRefs);
  }

  /** Ingested; {@code fileRefs} maps VIP file ids ({@code fil_31}) to the refs made from them. */
  public static SubmissionAck ingested(
      String submissionId, String externalRef, Map<String, String> fileRefs) {
    return new SubmissionAck(submissionId, "ingested", externalRef, fileRefs, null);
  }

  public static SubmissionAck rejected(String submissionId, String reason) {
    return new SubmissionAck(submissionId, "rejected", null, null, reason);
  }
}
