package io.assetbridge.core.flow;

import io.assetbridge.store.AuditEntry;
import java.util.List;
import java.util.Map;

/**
 * What one flow step did to one asset, committed by the engine in one transaction with the job's
 * state: the link to save (null when none changed), distributions sent and audit records.
 */
public record StepReport(
    String outcome, LinkUpdate link, List<Sent> distributions, List<AuditEntry> audit) {

  public record LinkUpdate(
      String targetRef, String sourceVersion, Map<String, String> fingerprints) {}

  public record Sent(String routeKey, String targetRef, String distributionId) {}
}
