/**
 * Not API: dialects, SQL plumbing and claim strategies behind {@link io.assetbridge.store.Store}.
 * Public only so the store's packages can share them; they may change in any release.
 */
package io.assetbridge.store.internal;
