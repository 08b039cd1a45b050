/**
 * The connector SPI: the canonical asset, refs, changes and one small interface per platform
 * capability. It depends on nothing but the JDK, so connectors see only this and the engine owns
 * retries, state and audit (the Kafka Connect split of api and runtime).
 */
package io.assetbridge.spi;
