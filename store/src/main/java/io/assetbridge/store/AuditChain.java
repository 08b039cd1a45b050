package io.assetbridge.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit hash: SHA-256 (hex) over the previous hash and every field of the record. Each field is
 * written length-prefixed ("~" for null), so no two different records share an input.
 */
final class AuditChain {
  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(long seq, Instant at, AuditEntry entry, String prevHash) {
    StringBuilder input = new StringBuilder();
    for (Object field : fields(seq, at, entry, prevHash)) {
      String text = field == null ? null : field.toString();
      input.append(text == null ? "~" : text.length() + ":" + text).append('\n');
    }
    return sha256(input.toString());
  }

  static String hash(AuditRecord record) {
    return hash(record.seq(), record.at(), record.entry(), record.prevHash());
  }

  private static Object[] fields(long seq, Instant at, AuditEntry e, String prevHash) {
    return new Object[] {
      prevHash,
      seq,
      at,
      e.actor(),
      e.flow(),
      e.jobId(),
      e.action(),
      e.sourceRef(),
      e.targetRef(),
      e.outcome(),
      e.detail()
    };
  }

  private static String sha256(String input) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
