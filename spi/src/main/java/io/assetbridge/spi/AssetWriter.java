package io.assetbridge.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes assets. Field values are String, Integer, Boolean, {@code List<String>}, {@code
 * java.time.Instant}, {@code Map<String, List<String>>} (tags), or null to clear.
 */
public interface AssetWriter extends Connector {

  /** The field names {@link #create} and {@link #update} accept, so config can be checked early. */
  Set<String> writableFields();

  /** Whether {@code field} can be written; connectors with patterned names (tag:…) widen it. */
  default boolean canWrite(String field) {
    return writableFields().contains(field);
  }

  /**
   * The id of the asset whose external key is exactly {@code externalKey}, if any (oldest wins).
   */
  Optional<String> findByExternalKey(String externalKey);

  /** Creates an asset from a stream and returns its id; idempotent by the request's key. */
  String create(NewAsset asset, AssetContent content);

  /** Changes only the given fields. */
  void update(String id, Map<String, Object> changedFields);
}
