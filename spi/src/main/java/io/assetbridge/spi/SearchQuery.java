package io.assetbridge.spi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A federated search: free text plus optional filters (null = not filtered). The text is matched by
 * each platform in its own way; the filters mean the same everywhere, as {@link #matches} says.
 */
public record SearchQuery(
    String text,
    AssetStatus status,
    Instant expiringBefore,
    String keyword,
    String campaign,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = blankToNull(text);
    keyword = blankToNull(keyword);
    campaign = blankToNull(campaign);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
  }

  /** Free text alone, with the default limit. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, null, DEFAULT_LIMIT);
  }

  /**
   * Whether the asset passes every filter: its status is {@code status}; its rights expire before
   * {@code expiringBefore} (an asset without expiry does not); one of its keywords is {@code
   * keyword}; its {@code campaign} tag holds {@code campaign}. Text comparisons ignore case.
   */
  public boolean matches(Asset asset) {
    return (status == null || status == asset.status())
        && (expiringBefore == null
            || (asset.rights().expiresAt() != null
                && asset.rights().expiresAt().isBefore(expiringBefore)))
        && (keyword == null || containsIgnoringCase(asset.keywords(), keyword))
        && (campaign == null
            || containsIgnoringCase(asset.tags().getOrDefault("campaign", List.of()), campaign));
  }

  /** Whether any filter is set. */
  public boolean filtered() {
    return status != null || expiringBefore != null || keyword != null || campaign != null;
  }

  private static boolean containsIgnoringCase(List<String> values, String wanted) {
    String w = wanted.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).equals(w));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
