package io.assetbridge.connector.http;

/**
 * A connection's rate limit and concurrency right now: permissions left in the current period,
 * callers waiting for one, free and total concurrency slots.
 */
public record LimitState(
    int availablePermissions, int waitingForPermission, int freeSlots, int maxSlots) {}
