package io.assetbridge.store;

import java.time.Instant;

/** An appended audit entry: its place in the chain, its time, and the hashes that chain it. */
public record AuditRecord(
    long seq,
    Instant at,
    String actor,
    String flow,
    Long jobId,
    String action,
    String sourceRef,
    String targetRef,
    String outcome,
    String detail,
    String prevHash,
    String hash) {

  /** The entry this record was made from. */
  public AuditEntry entry() {
    return new AuditEntry(actor, flow, jobId, action, sourceRef, targetRef, outcome, detail);
  }
}
