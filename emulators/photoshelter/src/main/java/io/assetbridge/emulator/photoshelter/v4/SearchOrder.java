package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.state.Image;
import java.util.Comparator;

/**
 * {@code sort_by} relevance (default; term hits, then upload order), date (modified_at), file_name
 * or upload_time; {@code sort_dir} (alias {@code sort_direction}) asc or desc. Relevance defaults
 * to desc, the others to asc; ties break on upload order so paging is stable.
 */
final class SearchOrder {

  private SearchOrder() {}

  static Comparator<Image> of(SearchParams params) {
    String sortBy = params.has("sort_by") ? params.get("sort_by") : "relevance";
    String dir = params.has("sort_dir") ? params.get("sort_dir") : params.get("sort_direction");
    Comparator<Image> upload = Comparator.comparingLong(i -> i.origin().uploadSeq());
    Comparator<Image> primary =
        switch (sortBy) {
          case "relevance" -> relevance(params);
          case "date" -> Comparator.comparing(Image::modifiedAt);
          case "file_name" -> Comparator.comparing(i -> i.file().fileName());
          case "upload_time" -> Comparator.comparing(i -> i.origin().createdAt());
          default ->
              throw ApiException.badParam("sort_by must be relevance|date|file_name|upload_time");
        };
    boolean descending =
        switch (dir == null ? (sortBy.equals("relevance") ? "desc" : "asc") : dir) {
          case "asc" -> false;
          case "desc" -> true;
          default -> throw ApiException.badParam("sort_dir must be asc or desc");
        };
    Comparator<Image> order = primary.thenComparing(upload);
    return descending ? order.reversed() : order;
  }

  private static Comparator<Image> relevance(SearchParams params) {
    if (!params.has("terms")) {
      return (a, b) -> 0;
    }
    Terms terms = new Terms(params.get("terms"), true);
    return Comparator.comparingInt(terms::score);
  }
}
