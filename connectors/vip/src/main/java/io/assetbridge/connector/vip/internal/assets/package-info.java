/**
 * Assets and renditions: writer fields to VIP metadata, VIP assets to the canonical asset.
 * Internal: not API (see {@code io.assetbridge.connector.vip.internal}).
 */
package io.assetbridge.connector.vip.internal.assets;
