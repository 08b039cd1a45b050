package io.assetbridge.emulator.vip;

import java.util.HashMap;
import java.util.Map;

/** Ids as a prefix plus a number per prefix, so ascending numbers mean creation order. */
public final class Ids {
  private final Map<String, Long> counters = new HashMap<>();

  public String next(String prefix) {
    return prefix + "_" + counters.merge(prefix, 1L, Long::sum);
  }

  /** The number of an emulator id; -1 for anything else. */
  public static long number(String id) {
    try {
      return Long.parseLong(id.substring(id.lastIndexOf('_') + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
