/**
 * CEL conditions and computed values over the canonical asset. CEL is safe and not Turing-complete,
 * so a config can hold logic without holding code.
 */
package io.assetbridge.core.expr;
