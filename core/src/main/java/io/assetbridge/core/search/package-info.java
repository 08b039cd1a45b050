/**
 * Federated search: asks every connection that can search at once, waits for each at most the
 * configured timeout, and merges the answers into one row per real asset using the store's links
 * and the external keys the platforms hold.
 */
package io.assetbridge.core.search;
