/**
 * The VIP connector: {@link io.assetbridge.connector.vip.VipConnectorProvider} (type {@code vip})
 * and {@link io.assetbridge.connector.vip.VipConnector} with the values its public methods return.
 * Everything VIP-specific stays in this module so the contract can be adapted to a real tenant.
 */
package io.assetbridge.connector.vip;
