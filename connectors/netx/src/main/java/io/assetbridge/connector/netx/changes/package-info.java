/** Change polling by modDate with overlap and de-duplication (netx.md §8). */
package io.assetbridge.connector.netx.changes;
