package io.assetbridge.core.search;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.SearchQuery;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A system that answers fixed hits, fails, or never answers until it is interrupted. */
final class FakeSearch implements AssetSearch {
  private final String name;
  private final List<Asset> hits;
  private final String failure;
  private final boolean hang;
  final CountDownLatch interrupted = new CountDownLatch(1);

  private FakeSearch(String name, List<Asset> hits, String failure, boolean hang) {
    this.name = name;
    this.hits = hits;
    this.failure = failure;
    this.hang = hang;
  }

  static FakeSearch answering(String name, Asset... hits) {
    return new FakeSearch(name, List.of(hits), null, false);
  }

  static FakeSearch failing(String name, String failure) {
    return new FakeSearch(name, List.of(), failure, false);
  }

  static FakeSearch hanging(String name) {
    return new FakeSearch(name, List.of(), null, true);
  }

  @Override
  public List<Asset> search(SearchQuery query) {
    if (failure != null) {
      throw new PermanentException(failure, null);
    }
    if (hang) {
      try {
        new CountDownLatch(1).await(); // only an interrupt ends this
      } catch (InterruptedException e) {
        interrupted.countDown();
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
    return hits;
  }

  @Override
  public String connectionName() {
    return name;
  }

  @Override
  public void testConnection() {}
}
