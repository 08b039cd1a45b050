package io.assetbridge.store;

/** What the engine did to which refs, to be appended to the audit chain; any field may be null. */
public record AuditEntry(
    String actor,
    String flow,
    Long jobId,
    String action,
    String sourceRef,
    String targetRef,
    String outcome,
    String detail) {}
