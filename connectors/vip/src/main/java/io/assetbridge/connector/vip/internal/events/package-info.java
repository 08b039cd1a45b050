/**
 * The event feed and signed webhooks, both mapped to changes. Internal: not API (see {@code
 * io.assetbridge.connector.vip.internal}).
 */
package io.assetbridge.connector.vip.internal.events;
