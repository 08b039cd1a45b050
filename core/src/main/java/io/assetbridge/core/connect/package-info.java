/**
 * Turns configured connections into connectors found with ServiceLoader, settings checked and
 * typed.
 */
package io.assetbridge.core.connect;
