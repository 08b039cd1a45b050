/** Idempotent create, diffing updates and folder placement (netx.md §4, §7). */
package io.assetbridge.connector.netx.write;
