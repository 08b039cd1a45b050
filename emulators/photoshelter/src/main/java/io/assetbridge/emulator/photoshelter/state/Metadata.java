package io.assetbridge.emulator.photoshelter.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Editable metadata of an image.
 *
 * @param iptc every IPTC key of {@link IptcKeys#ALL}, {@code ""} when empty
 * @param custom custom-metadata field id to option id
 * @param licenseExpiry {@code null} when the licence never expires
 */
public record Metadata(
    Map<String, String> iptc, Map<String, String> custom, Instant licenseExpiry) {

  public Metadata {
    iptc = Map.copyOf(iptc);
    custom = Map.copyOf(custom);
  }

  public Metadata withIptc(Map<String, String> changes) {
    Map<String, String> merged = new LinkedHashMap<>(iptc);
    merged.putAll(changes);
    return new Metadata(merged, custom, licenseExpiry);
  }

  public Metadata withCustom(String fieldId, String optionId) {
    Map<String, String> merged = new LinkedHashMap<>(custom);
    if (optionId == null) {
      merged.remove(fieldId);
    } else {
      merged.put(fieldId, optionId);
    }
    return new Metadata(iptc, merged, licenseExpiry);
  }

  public Metadata withLicenseExpiry(Instant value) {
    return new Metadata(iptc, custom, value);
  }
}
