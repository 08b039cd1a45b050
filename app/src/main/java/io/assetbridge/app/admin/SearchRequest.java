package io.assetbridge.app.admin;

import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.SearchQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A search as people type it, on the command line or in a URL, checked into a {@link SearchQuery}.
 * Errors name the input and the fix.
 */
public final class SearchRequest {
  private SearchRequest() {}

  /** Nulls and blanks mean "not given"; throws IllegalArgumentException on bad input. */
  public static SearchQuery parse(
      String text,
      String status,
      String expiringBefore,
      String keyword,
      String campaign,
      String limit) {
    SearchQuery q =
        new SearchQuery(
            text, status(status), instant(expiringBefore), keyword, campaign, limit(limit));
    if (q.text() == null && !q.filtered()) {
      throw new IllegalArgumentException(
          "nothing to search for: give a query text or a filter (status, expiring before,"
              + " keyword, campaign)");
    }
    return q;
  }

  static AssetStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return AssetStatus.valueOf(
          text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "status '" + text + "' is unknown; use one of " + statuses());
    }
  }

  /** An ISO-8601 instant, or a date meaning its start in UTC. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return t.contains("T")
          ? Instant.parse(t)
          : LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expiring before '"
              + text
              + "' is not a date or instant; write 2026-03-01 or 2026-03-01T12:00:00Z");
    }
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return SearchQuery.DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= SearchQuery.MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below with the allowed range
    }
    throw new IllegalArgumentException(
        "limit '" + text + "' must be a whole number from 1 to " + SearchQuery.MAX_LIMIT);
  }

  private static String statuses() {
    return Arrays.stream(AssetStatus.values())
        .map(s -> s.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
