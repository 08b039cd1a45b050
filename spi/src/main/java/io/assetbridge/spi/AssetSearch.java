package io.assetbridge.spi;

import java.util.List;

/** Searches the platform for federated search. */
public interface AssetSearch extends Connector {

  /**
   * At most {@code query.limit()} assets matching the text (as the platform matches free text) and
   * every filter of the query ({@link SearchQuery#matches}); a filter the platform cannot apply is
   * applied here on the assets read back, never dropped.
   */
  List<Asset> search(SearchQuery query);
}
