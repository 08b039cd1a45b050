/**
 * Public but not API: the VIP connector's parts by feature (api, assets, distribution, events,
 * submissions). Only {@code io.assetbridge.connector.vip} is meant for other modules; these may
 * change with the contract in {@code shared/api/vip.md}.
 */
package io.assetbridge.connector.vip.internal;
