/**
 * The query grammar of contract §5, evaluated left to right over the catalog. Internal to the
 * emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.query;
