/** JSON-RPC and file transport to one NetX tenant (netx.md §1, §6), with failure classification. */
package io.assetbridge.connector.netx.client;
