package io.assetbridge.spi;

/** Lifecycle status; how a platform marks it is each connection's setting. */
public enum AssetStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  ARCHIVED,
  EXPIRED
}
