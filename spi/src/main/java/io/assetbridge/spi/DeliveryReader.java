package io.assetbridge.spi;

import java.util.List;

/** Reads what happened to an asset's distributions: per recipient, delivery and publication. */
public interface DeliveryReader extends Connector {

  /** The asset's distributions, oldest first, each with its deliveries. */
  List<DistributionStory> distributionsOf(String assetId);
}
