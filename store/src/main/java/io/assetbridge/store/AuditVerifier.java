package io.assetbridge.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the chain in seq order: each record's hash must match its contents, and its prev hash the
 * hash of the record before it; at the end, the last record must be the chain head.
 */
final class AuditVerifier {
  private static final int MAX_PROBLEMS = 100;
  private final List<String> problems = new ArrayList<>();
  private long unlisted;
  private long checked;
  private long lastSeq;
  private String lastHash = AuditChain.GENESIS;

  void check(AuditRecord record) {
    checked++;
    long seq = record.seq();
    if (!AuditChain.hash(record).equals(record.hash())) {
      report("record %d was changed: its hash does not match its contents".formatted(seq));
    }
    if (!record.prevHash().equals(lastHash)) {
      String before = lastSeq == 0 ? "the start of the chain" : "record " + lastSeq;
      report(
          seq == lastSeq + 1
              ? "record %d does not follow record %d: prev hash does not match (record %d was rewritten)"
                  .formatted(seq, lastSeq, lastSeq)
              : "record(s) before %d are missing: prev hash does not match %s"
                  .formatted(seq, before));
    }
    lastSeq = seq;
    lastHash = record.hash();
  }

  AuditVerification finish(long headSeq, String headHash) {
    if (headSeq > lastSeq) {
      report(
          "record(s) after %d are missing: the chain head is at record %d"
              .formatted(lastSeq, headSeq));
    } else if (headSeq < lastSeq) {
      report("record(s) after %d were added without extending the chain head".formatted(headSeq));
    } else if (!headHash.equals(lastHash)) {
      report(
          "record %d is not the chain head: its hash differs from the head's".formatted(lastSeq));
    }
    if (unlisted > 0) {
      problems.add("and " + unlisted + " more problem(s)");
    }
    return new AuditVerification(problems.isEmpty(), checked, problems);
  }

  private void report(String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    } else {
      unlisted++;
    }
  }
}
