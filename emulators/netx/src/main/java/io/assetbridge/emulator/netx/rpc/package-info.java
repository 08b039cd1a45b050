/**
 * The JSON-RPC surface at {@code /api/rpc}: envelope, auth, options and the methods of contract §4.
 * Internal to the emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.rpc;
