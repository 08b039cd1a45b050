package io.assetbridge.store;

import java.time.Instant;
import java.util.Map;

/**
 * The identity map entry for one source asset in one flow: its target, the source version last
 * synced, and per field the fingerprint last written (to spot echoes and changes).
 */
public record Link(
    long id,
    String flow,
    String sourceRef,
    String targetRef,
    String sourceVersion,
    Map<String, String> fingerprints,
    Instant createdAt,
    Instant updatedAt) {}
