/**
 * What the emulator received and sent, for tests to assert on. Internal to the emulator: only
 * {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.journal;
