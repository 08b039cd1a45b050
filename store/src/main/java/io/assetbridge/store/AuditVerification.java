package io.assetbridge.store;

import java.util.List;

/** The outcome of walking the audit chain: intact, or the problems found, each naming a seq. */
public record AuditVerification(boolean intact, long recordsChecked, List<String> problems) {
  public AuditVerification {
    problems = List.copyOf(problems);
  }
}
