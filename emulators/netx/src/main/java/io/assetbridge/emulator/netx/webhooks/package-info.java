/**
 * Signed webhook delivery (contract §9) to one configured URL. Internal to the emulator: only
 * {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.webhooks;
