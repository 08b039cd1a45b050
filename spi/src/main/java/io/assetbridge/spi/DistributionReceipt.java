package io.assetbridge.spi;

/** What the platform answered for a distribution. */
public record DistributionReceipt(String distributionId, String status, int deliveryCount) {}
