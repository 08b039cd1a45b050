/** Reading the audit trail: one asset's timeline across systems, and streaming exports. */
package io.assetbridge.core.audit;
