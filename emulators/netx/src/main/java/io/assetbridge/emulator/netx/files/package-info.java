/**
 * Import, re-import, views and downloads (contract §6), with real JPEG bytes. Internal to the
 * emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.files;
