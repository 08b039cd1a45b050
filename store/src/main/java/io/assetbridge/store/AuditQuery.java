package io.assetbridge.store;

import java.time.Instant;

/**
 * Which audit records to read; null filters match anything.
 *
 * @param ref matches the source ref or the target ref
 * @param since records at or after this time
 * @param limit at most this many, from the oldest matching; 0 = no limit
 */
public record AuditQuery(String ref, String flow, Instant since, String action, int limit) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, 0);
  }

  public AuditQuery withRef(String ref) {
    return new AuditQuery(ref, flow, since, action, limit);
  }

  public AuditQuery withFlow(String flow) {
    return new AuditQuery(ref, flow, since, action, limit);
  }

  public AuditQuery withSince(Instant since) {
    return new AuditQuery(ref, flow, since, action, limit);
  }

  public AuditQuery withAction(String action) {
    return new AuditQuery(ref, flow, since, action, limit);
  }

  public AuditQuery withLimit(int limit) {
    return new AuditQuery(ref, flow, since, action, limit);
  }
}
