/**
 * The engine's durable state over JDBC: cursors, events, jobs, links, sent distributions and the
 * hash-chained audit log. Open a {@link io.assetbridge.store.Store}, then work inside {@link
 * io.assetbridge.store.Store#inTransaction} or {@link io.assetbridge.store.Store#run}.
 */
package io.assetbridge.store;
