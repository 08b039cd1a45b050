package io.assetbridge.store.internal;

import java.util.List;

/** A way to claim due jobs; returns the ids claimed, each now RUNNING under the request's owner. */
public interface JobClaims {
  /** The change a claim makes; parameters: owner, lease until, now. */
  String SET_RUNNING =
      "state = 'RUNNING', lease_owner = ?, lease_until = ?, attempts = attempts + 1,"
          + " version = version + 1, updated_at = ?";

  List<Long> claim(Sql sql, ClaimRequest request);
}
