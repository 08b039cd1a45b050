/** Signed webhook intake (netx.md §9). */
package io.assetbridge.connector.netx.webhook;
