package io.assetbridge.store;

import java.time.Instant;

/** A delivery made for one source asset along one route, so it is never sent twice. */
public record SentDistribution(
    long id,
    String flow,
    String sourceRef,
    String routeKey,
    String targetRef,
    String distributionId,
    Instant sentAt) {}
