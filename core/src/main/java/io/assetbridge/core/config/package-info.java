/**
 * The YAML config: read into immutable records with every error naming the file, the line and the
 * fix. {@code ${ENV}} is substituted in scalar values after parsing, so line numbers stay true.
 */
package io.assetbridge.core.config;
