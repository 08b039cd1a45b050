/**
 * What the engine knows about its connections' health: the last successful call and the last error
 * of each, and its rate-limit state. Read by {@code /health} and the admin API.
 */
package io.assetbridge.core.health;
