package io.assetbridge.core.search;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.SearchQuery;
import java.util.List;

/**
 * Assets by file name: a federated search for the name, keeping the rows where some system holds a
 * file of exactly that name (ignoring case), since the platforms match text loosely. One row per
 * real asset, so the same photo in PhotoShelter and NetX is one answer.
 */
public final class FileNameLookup {
  // enough for a name shared by a few copies; the platforms' loose match can return more
  private static final int READ = 200;

  private FileNameLookup() {}

  public static SearchResult find(FederatedSearch search, String fileName) {
    String wanted = fileName.strip();
    SearchResult all = search.search(new SearchQuery(wanted, null, null, null, null, READ));
    List<SearchRow> named =
        all.rows().stream()
            .filter(row -> row.hits().stream().anyMatch(a -> named(a, wanted)))
            .toList();
    return new SearchResult(named, all.answered(), all.notes());
  }

  private static boolean named(Asset asset, String wanted) {
    return asset.file() != null
        && asset.file().name() != null
        && asset.file().name().equalsIgnoreCase(wanted);
  }
}
