/**
 * Distributions and the lists they go to. Internal: not API (see {@code
 * io.assetbridge.connector.vip.internal}).
 */
package io.assetbridge.connector.vip.internal.distribution;
