/** NetX asset objects read into the canonical asset (netx.md §11). */
package io.assetbridge.connector.netx.read;
