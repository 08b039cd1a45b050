package io.assetbridge.connector.photoshelter.search;

import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.client.MediaItem;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.connector.photoshelter.read.AssetReading;
import io.assetbridge.connector.photoshelter.read.TagSources;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Federated search on PhotoShelter: the v4 media search narrows by what it can filter, then each
 * hit is read (search returns file facts only) and checked against the whole query. Reads of a page
 * run in parallel; the connection's HTTP limits still hold.
 */
public final class ImageSearch {
  /** Hits read at most per search, so a filter search cannot apply stays bounded. */
  static final int MAX_READ = 1000;

  private final MediaSearch media;
  private final AssetReading reading;
  private final ServerFilters filters;

  public ImageSearch(
      MediaSearch media,
      AssetReading reading,
      ApprovalRule approval,
      TagSources tags,
      CustomFieldCatalog catalog,
      GalleryDirectory galleries) {
    this.media = media;
    this.reading = reading;
    this.filters = new ServerFilters(approval, tags, catalog, galleries);
  }

  public List<Asset> search(SearchQuery q) {
    var params = filters.of(q);
    List<Asset> out = new ArrayList<>();
    int read = 0;
    for (int page = 1; out.size() < q.limit() && read < MAX_READ; page++) {
      MediaSearch.Page hits = media.page(params, page);
      for (Asset asset : readAll(hits.items())) {
        if (q.matches(asset) && out.size() < q.limit()) {
          out.add(asset);
        }
      }
      read += hits.items().size();
      if (!hits.more()) {
        break;
      }
    }
    return out;
  }

  /** The images of one page in search order; one deleted since the search is left out. */
  private List<Asset> readAll(List<MediaItem> items) {
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Asset>> reads = new ArrayList<>();
      items.forEach(i -> reads.add(pool.submit(() -> readOrNull(i.id()))));
      List<Asset> assets = new ArrayList<>();
      for (Future<Asset> f : reads) {
        Asset a = f.get();
        if (a != null) {
          assets.add(a);
        }
      }
      return assets;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("search interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private Asset readOrNull(String id) {
    try {
      return reading.read(id);
    } catch (PermanentException gone) {
      return null;
    }
  }
}
