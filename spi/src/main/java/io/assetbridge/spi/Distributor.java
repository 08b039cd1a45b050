package io.assetbridge.spi;

/** Distributes assets to recipients and reports on distributions. */
public interface Distributor extends Connector {

  /** Sends idempotently by the request's key: the same key never makes a second distribution. */
  DistributionReceipt distribute(DistributionRequest request);

  /** The current state of a distribution. */
  DistributionReceipt readDistribution(String distributionId);
}
