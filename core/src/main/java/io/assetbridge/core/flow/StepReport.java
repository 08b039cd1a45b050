package io.assetbridge.core.flow;

import io.assetbridge.store.AuditEntry;
import java.util.List;
import java.util.Map;

/**
 * What one flow step did, committed by the engine in one transaction with the job's state: the
 * links to save, distributions sent and audit records.
 */
public record StepReport(
    String outcome, List<LinkUpdate> links, List<Sent> distributions, List<AuditEntry> audit) {

  /** The link of {@code sourceRef} (the job's object, or one file of it) to what it became. */
  public record LinkUpdate(
      String sourceRef, String targetRef, String sourceVersion, Map<String, String> fingerprints) {}

  public record Sent(String routeKey, String targetRef, String distributionId) {}
}
