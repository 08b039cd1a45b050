package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query of {@code GET /psapi/v4.0/media}, validated: unknown names and empty values are 400
 * (Clarifications 1 and 7), and at least one filter is required.
 */
record SearchParams(Map<String, String> values) {

  /** IPTC field filters: the v3 keys, with {@code keywords} instead of {@code keyword}. */
  static final Set<String> IPTC_FILTERS =
      Stream.concat(IptcKeys.ALL.stream().filter(k -> !k.equals("keyword")), Stream.of("keywords"))
          .collect(Collectors.toUnmodifiableSet());

  static final Set<String> OTHER_FILTERS =
      Set.of(
          "terms",
          "custom_metadata",
          "galleries",
          "collections",
          "model_release",
          "property_release",
          "rating",
          "rating_min",
          "rating_max",
          "create_start",
          "create_end",
          "modify_start",
          "modify_end");

  static final Set<String> CONTROLS =
      Set.of(
          "org_id",
          "media_type",
          "match_all_terms",
          "page",
          "per_page",
          "sort_by",
          "sort_dir",
          "sort_direction",
          "api_key",
          "auth_token");

  static SearchParams of(Map<String, List<String>> query) {
    Map<String, String> values = new LinkedHashMap<>();
    query.forEach(
        (name, list) -> {
          if (!isFilter(name) && !CONTROLS.contains(name)) {
            throw ApiException.badParam("unknown search parameter: " + name);
          }
          String value = list.isEmpty() ? "" : list.get(0);
          if (value.isBlank()) {
            throw ApiException.badParam("empty value for " + name);
          }
          values.put(name, value);
        });
    if (values.keySet().stream().noneMatch(SearchParams::isFilter)) {
      throw ApiException.badParam("at least one filter is required");
    }
    return new SearchParams(values);
  }

  static boolean isFilter(String name) {
    return IPTC_FILTERS.contains(name) || OTHER_FILTERS.contains(name);
  }

  String get(String name) {
    return values.get(name);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  int number(String name, int fallback) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParam(name + " must be an integer");
    }
  }

  boolean bool(String name, boolean fallback) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "t", "1", "yes" -> true;
      case "false", "f", "0", "no" -> false;
      default -> throw ApiException.badParam(name + " must be true or false");
    };
  }
}
