/**
 * Two-way flows: rights and lifecycle status kept equal in two systems, echoes recognised by
 * fingerprint, conflicts decided by the flow's policy or held for a person, and rights that change
 * by themselves (embargo end, licence expiry) acted on when the clock reaches them.
 */
package io.assetbridge.core.sync;
