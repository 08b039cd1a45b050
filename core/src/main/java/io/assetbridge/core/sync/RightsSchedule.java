package io.assetbridge.core.sync;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Rights;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps a timer for each future moment at which an asset's rights change by themselves: its embargo
 * lifting and its licence expiring. The engine's rights clock turns due timers into events.
 */
public final class RightsSchedule {
  public static final String EMBARGO_LIFTS = "embargo-lifts";
  public static final String EXPIRES = "expires";
  private final Store store;

  public RightsSchedule(Store store) {
    this.store = store;
  }

  /**
   * Schedules the moments after {@code now} of any of the assets' rights, under {@code ref}. Most
   * assets have none, and then no transaction is opened.
   */
  public void keep(String ref, Instant now, Asset... assets) {
    List<Map.Entry<String, Instant>> moments = new ArrayList<>();
    for (Asset a : assets) {
      Rights r = a.rights();
      if (r == null) {
        continue;
      }
      if (r.embargoUntil() != null && r.embargoUntil().isAfter(now)) {
        moments.add(Map.entry(EMBARGO_LIFTS, r.embargoUntil()));
      }
      if (r.expiresAt() != null && r.expiresAt().isAfter(now)) {
        moments.add(Map.entry(EXPIRES, r.expiresAt()));
      }
    }
    if (!moments.isEmpty()) {
      store.run(
          tx -> moments.forEach(m -> tx.rightsTimers().schedule(ref, m.getKey(), m.getValue())));
    }
  }
}
