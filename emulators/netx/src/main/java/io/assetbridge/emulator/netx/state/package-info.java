/**
 * The tenant's state (assets, folders, custom attributes) and the rules every change obeys.
 * Internal to the emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.state;
