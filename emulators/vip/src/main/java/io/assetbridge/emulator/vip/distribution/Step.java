package io.assetbridge.emulator.vip.distribution;

import java.time.Instant;

/** One requested delivery change: the status, when, and its reason or publication. */
public record Step(
    DeliveryStatus status, Instant at, String failureReason, Publication publication) {}
