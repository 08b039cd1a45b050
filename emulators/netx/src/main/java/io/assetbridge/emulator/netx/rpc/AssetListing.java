package io.assetbridge.emulator.netx.rpc;

import io.assetbridge.emulator.netx.state.Asset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Sorts and pages a match set into the list result {@code {results, size}} of contract §2. */
public final class AssetListing {

  private final AssetView view;

  public AssetListing(AssetView view) {
    this.view = view;
  }

  public Map<String, Object> list(List<Asset> matches, Options options) {
    Comparator<Asset> order = key(options.sortField());
    if (!options.ascending()) {
      order = order.reversed();
    }
    // ties by id ascending, whatever the direction
    order = order.thenComparingLong(Asset::id);
    List<Object> page =
        matches.stream()
            .sorted(order)
            .skip(options.startIndex())
            .limit(options.size())
            .map(a -> (Object) view.render(a, options.data()))
            .toList();
    return Map.of("results", page, "size", matches.size());
  }

  private static Comparator<Asset> key(String field) {
    return switch (field) {
      case "name" -> Comparator.comparing(Asset::name);
      case "modDate" -> Comparator.comparingLong(Asset::modDate);
      case "importDate" -> Comparator.comparingLong(Asset::importDate);
      case "creationDate" -> Comparator.comparingLong(Asset::creationDate);
      case "fileName" -> Comparator.comparing((Asset a) -> a.file().name());
      default -> Comparator.comparingLong(Asset::id);
    };
  }
}
