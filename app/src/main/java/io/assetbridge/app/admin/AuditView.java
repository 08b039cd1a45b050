package io.assetbridge.app.admin;

import io.assetbridge.store.AuditRecord;

/** An audit record as the API shows it. */
record AuditView(
    long seq,
    String at,
    String actor,
    String flow,
    Long jobId,
    String action,
    String sourceRef,
    String targetRef,
    String outcome,
    String detail) {

  static AuditView of(AuditRecord r) {
    return new AuditView(
        r.seq(),
        r.at().toString(),
        r.actor(),
        r.flow(),
        r.jobId(),
        r.action(),
        r.sourceRef(),
        r.targetRef(),
        r.outcome(),
        r.detail());
  }
}
