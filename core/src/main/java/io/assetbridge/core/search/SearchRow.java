package io.assetbridge.core.search;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Ref;
import java.util.List;

/**
 * One real asset: every ref it is known by (found, linked or held as an external key), in
 * connection order, and the hits the systems returned for it, in the systems' order.
 */
public record SearchRow(List<Ref> refs, List<Asset> hits) {
  public SearchRow {
    refs = List.copyOf(refs);
    hits = List.copyOf(hits);
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("a search row needs at least one hit");
    }
  }

  /** The hit that speaks for the row: the first system's. */
  public Asset first() {
    return hits.get(0);
  }

  /** The connections that returned this asset. */
  public List<String> foundIn() {
    return hits.stream().map(a -> a.ref().connection()).toList();
  }
}
