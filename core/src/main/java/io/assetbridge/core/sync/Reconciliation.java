package io.assetbridge.core.sync;

import io.assetbridge.core.flow.Fingerprints;
import io.assetbridge.core.sync.ConflictPolicy.Winner;
import io.assetbridge.spi.Asset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, field by field, what a two-way sync writes: with {@code base} the fingerprint of the
 * value both sides last agreed on, a side whose value still matches the base did not change, so the
 * other side's edit wins; a value that equals the other side is in step (this is how an echo of our
 * own write is recognised); when both moved, the policy decides. Pure: no I/O.
 */
final class Reconciliation {
  /** A field both sides changed: the texts on each side and who won. */
  record Clash(String field, String leftText, String rightText, Winner winner) {}

  /** The writes for each side, the new agreed fingerprints, clashes, and whether it expired. */
  record Plan(
      Map<String, Object> toLeft,
      Map<String, Object> toRight,
      Map<String, String> agreed,
      List<Clash> clashes,
      boolean expiredNow) {}

  private Reconciliation() {}

  static Plan plan(
      List<String> fields,
      Asset left,
      Asset right,
      Map<String, String> base,
      ConflictPolicy policy,
      Instant now) {
    Map<String, Object> finals = new LinkedHashMap<>();
    Map<String, String> agreed = new LinkedHashMap<>();
    List<Clash> clashes = new ArrayList<>();
    for (String name : fields) {
      SyncedField f = SyncedField.of(name);
      String l = f.comparable(left), r = f.comparable(right);
      String pl = Fingerprints.of(l), pr = Fingerprints.of(r), b = base.get(name);
      Asset from;
      if (pl.equals(pr) || pl.equals(b)) {
        from = pl.equals(pr) ? left : right;
      } else if (pr.equals(b)) {
        from = left;
      } else if (b == null && (l == null || r == null)) {
        from = l == null ? right : left; // first sync: a value fills an empty field, no clash
      } else {
        Winner w = policy.decide(name, left, right);
        clashes.add(new Clash(name, l, r, w));
        if (w == Winner.HOLD) {
          continue;
        }
        from = w == Winner.LEFT ? left : right;
      }
      finals.put(name, f.value(from));
      agreed.put(name, Fingerprints.of(f.comparable(from)));
    }
    boolean expiredNow = expire(finals, agreed, left, now);
    Map<String, Object> toLeft = changes(finals, left), toRight = changes(finals, right);
    return new Plan(toLeft, toRight, agreed, clashes, expiredNow);
  }

  /**
   * A licence that has run out makes the status Expired on both sides, with no edit needed: the
   * rights timer wakes the flow at that moment.
   */
  private static boolean expire(
      Map<String, Object> finals, Map<String, String> agreed, Asset left, Instant now) {
    if (!finals.containsKey("status")) {
      return false;
    }
    Object expires =
        finals.containsKey("expiresAt")
            ? finals.get("expiresAt")
            : SyncedField.EXPIRES_AT.value(left);
    if (!(expires instanceof Instant at)
        || now.isBefore(at)
        || "EXPIRED".equals(finals.get("status"))) {
      return false;
    }
    finals.put("status", "EXPIRED");
    agreed.put("status", Fingerprints.of("EXPIRED"));
    return true;
  }

  private static Map<String, Object> changes(Map<String, Object> finals, Asset side) {
    Map<String, Object> out = new LinkedHashMap<>();
    finals.forEach(
        (name, value) -> {
          SyncedField f = SyncedField.of(name);
          String mine = f.comparable(side);
          String target = f.comparableOf(value);
          if (!Fingerprints.of(mine).equals(Fingerprints.of(target))) {
            out.put(name, value);
          }
        });
    return out;
  }
}
