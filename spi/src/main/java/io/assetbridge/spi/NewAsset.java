package io.assetbridge.spi;

import java.util.Map;

/**
 * What a writer needs to create an asset: the source's ref to store as the external key, the mapped
 * fields (target field name → value) and an idempotency key derived from what the request means.
 */
public record NewAsset(String externalKey, Map<String, Object> fields, String idempotencyKey) {
  public NewAsset {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }
}
