/**
 * The {@code /_emulator/} extras of contract §10: one route table, no auth, never journaled or
 * faulted. Internal to the emulator: only {@code NetxEmulator} is API.
 */
package io.assetbridge.emulator.netx.admin;
