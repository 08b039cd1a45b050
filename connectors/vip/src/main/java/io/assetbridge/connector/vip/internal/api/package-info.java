/**
 * VIP's REST API as the connector calls it: auth, answers, RFC 7807 problems, paging. Internal: not
 * API (see {@code io.assetbridge.connector.vip.internal}).
 */
package io.assetbridge.connector.vip.internal.api;
