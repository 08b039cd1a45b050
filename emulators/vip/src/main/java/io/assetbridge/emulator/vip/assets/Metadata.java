package io.assetbridge.emulator.vip.assets;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The descriptive and rights fields an asset and a submission share (§5, §8). */
public record Metadata(
    String title,
    String caption,
    List<String> keywords,
    String credit,
    String copyright,
    String usageTerms,
    Instant embargoUntil,
    Instant expiresAt,
    List<String> territories,
    Map<String, List<String>> tags) {

  public static final Metadata EMPTY =
      new Metadata(null, null, List.of(), null, null, null, null, null, List.of(), Map.of());
}
