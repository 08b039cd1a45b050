/**
 * Fault injection for the platform routes: latency, 5xx, 429 and dropped connections. Internal to
 * the emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.faults;
