package io.assetbridge.core.health;

/**
 * A connection's client-side limits now: permissions left in the current rate period, callers
 * waiting for one, free and total concurrency slots.
 */
public record RateLimitState(
    int availablePermissions, int waitingForPermission, int freeSlots, int maxSlots) {}
