package io.assetbridge.connector.photoshelter.changes;

import java.time.Duration;
import java.time.Instant;

/**
 * Version keys for {@code modified_at} seconds that may not be over yet. PhotoShelter stamps whole
 * seconds, so until its second has passed (plus a second for the two clocks' skew) more edits can
 * share a stamp: such a change gets a key of its own, and the plain key comes with a later pass.
 */
final class Unsettled {
  /** A stamp's second lasts one second; the other second allows for clock skew (assumed). */
  static final Duration SETTLE = Duration.ofSeconds(2);

  private static final String MARK = "~unsettled";

  private Unsettled() {}

  /** {@code key} itself once {@code stamp}'s second is surely over at {@code now}, else marked. */
  static String key(String key, Instant stamp, Instant now) {
    return now.isBefore(stamp.plus(SETTLE)) ? key + MARK : key;
  }
}
