package io.assetbridge.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One claim: who, how many, at which clock time, until when, and for which flows (empty = all). It
 * also writes the shared condition for a claimable job, so both strategies agree on what "due" is.
 */
public record ClaimRequest(
    String owner, int max, Instant now, Instant leaseUntil, List<String> flows) {

  public ClaimRequest {
    flows = List.copyOf(flows);
  }

  /**
   * Due, of a wanted flow that is not disabled, and no job of the same (flow, source_ref) holds a
   * live lease. Its parameters come from {@link #params}.
   */
  public String claimable(String alias, boolean filterFlows) {
    String flowFilter =
        filterFlows && !flows.isEmpty()
            ? " AND %s.flow IN (%s)".formatted(alias, String.join(", ", placeholders()))
            : "";
    return due(alias)
        + flowFilter
        + " AND NOT EXISTS (SELECT 1 FROM disabled_flows off WHERE off.flow = %s.flow)"
            .formatted(alias)
        + (" AND NOT EXISTS (SELECT 1 FROM jobs busy WHERE busy.flow = %1$s.flow"
                + " AND busy.source_ref = %1$s.source_ref AND busy.state = 'RUNNING'"
                + " AND busy.lease_until > ?)")
            .formatted(alias);
  }

  public List<Object> params(boolean filterFlows) {
    List<Object> params = new ArrayList<>(List.of(now, now));
    if (filterFlows) {
      params.addAll(flows);
    }
    params.add(now);
    return params;
  }

  /**
   * PENDING and next_attempt_at reached, or RUNNING with an expired lease; two parameters (now,
   * now). Updates repeat it so a row changed under a waiting claimer is rechecked.
   */
  public static String due(String alias) {
    return ("((%1$s.state = 'PENDING' AND %1$s.next_attempt_at <= ?)"
            + " OR (%1$s.state = 'RUNNING' AND %1$s.lease_until <= ?))")
        .formatted(alias);
  }

  private List<String> placeholders() {
    return Collections.nCopies(flows.size(), "?");
  }
}
