/**
 * The VIP API emulator. {@link io.assetbridge.emulator.vip.VipEmulator} and {@link
 * io.assetbridge.emulator.vip.EmulatorSettings} are the Java API; everything in the sub-packages is
 * internal (public only because Java needs it across packages) and may change at any time. Tests
 * and tools drive the emulator over HTTP: {@code /api/v1} as in {@code shared/api/vip.md}, {@code
 * /_emulator} for seeding, advancing deliveries, the journal, faults and webhooks.
 */
package io.assetbridge.emulator.vip;
