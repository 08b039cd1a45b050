package io.assetbridge.store;

import java.time.Instant;

/**
 * A field both sides of a two-way flow changed since the last sync, held for a person: each side's
 * value as text, and once resolved how.
 */
public record Conflict(
    long id,
    String flow,
    String leftRef,
    String rightRef,
    String field,
    String leftValue,
    String rightValue,
    boolean held,
    String resolution,
    Instant createdAt,
    Instant updatedAt) {}
