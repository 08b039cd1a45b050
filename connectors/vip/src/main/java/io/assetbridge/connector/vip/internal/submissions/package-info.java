/**
 * Inbound submissions: their files as canonical assets, and acknowledgements. Internal: not API
 * (see {@code io.assetbridge.connector.vip.internal}).
 */
package io.assetbridge.connector.vip.internal.submissions;
