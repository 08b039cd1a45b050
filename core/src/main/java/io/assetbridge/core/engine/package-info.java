/**
 * The running engine: pollers turn changes into jobs, workers lease and run them, retries back off.
 */
package io.assetbridge.core.engine;
