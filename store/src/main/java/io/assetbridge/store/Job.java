package io.assetbridge.store;

import java.time.Instant;

/** One flow applied to one event, with its lease and retry bookkeeping. */
public record Job(
    long id,
    String flow,
    long eventId,
    String sourceRef,
    String eventKind,
    String versionKey,
    JobState state,
    int attempts,
    Instant nextAttemptAt,
    String leaseOwner,
    Instant leaseUntil,
    String lastError,
    String outcome,
    Instant createdAt,
    Instant updatedAt) {}
