package io.assetbridge.app.admin;

import io.assetbridge.core.search.SearchResult;
import io.assetbridge.core.search.SearchRow;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Ref;
import java.time.Instant;
import java.util.List;

/**
 * A search result as JSON: one row per real asset, with its refs in each system, the systems that
 * found it and the first system's view of it; then the notes on slow or failed systems.
 */
public record SearchAnswer(List<Row> results, List<String> notes) {

  /** One real asset. Instants are ISO-8601 text; absent values are null. */
  public record Row(
      List<String> refs,
      List<String> foundIn,
      String title,
      String status,
      String expiresAt,
      List<String> keywords,
      List<String> campaign) {}

  public static SearchAnswer of(SearchResult result) {
    return new SearchAnswer(result.rows().stream().map(SearchAnswer::row).toList(), result.notes());
  }

  private static Row row(SearchRow r) {
    Asset a = r.first();
    Instant expires = a.rights().expiresAt();
    return new Row(
        r.refs().stream().map(Ref::toString).toList(),
        r.foundIn(),
        a.title(),
        a.status() == null ? null : a.status().name(),
        expires == null ? null : expires.toString(),
        a.keywords(),
        a.tags().getOrDefault("campaign", List.of()));
  }
}
