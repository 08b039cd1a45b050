package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Tree;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns search parameters into one predicate; every filter must hold. */
final class SearchFilters {

  private SearchFilters() {}

  static Predicate<Image> of(SearchParams params, Tree tree) {
    List<Predicate<Image>> all = new ArrayList<>();
    params
        .values()
        .forEach(
            (name, value) -> {
              if (SearchParams.IPTC_FILTERS.contains(name)) {
                String key = name.equals("keywords") ? "keyword" : name;
                all.add(i -> Text.contains(i.iptc(key), value));
              }
            });
    if (params.has("terms")) {
      all.add(new Terms(params.get("terms"), params.bool("match_all_terms", true))::matches);
    }
    addIfPresent(all, params, "custom_metadata", SearchFilters::custom);
    addIfPresent(
        all, params, "galleries", v -> i -> i.galleryIds().stream().anyMatch(ids(v)::contains));
    addIfPresent(all, params, "collections", v -> inCollections(ids(v), tree));
    addIfPresent(
        all,
        params,
        "model_release",
        v -> i -> i.flags().modelReleased() == params.bool("model_release", false));
    addIfPresent(
        all,
        params,
        "property_release",
        v -> i -> i.flags().propertyReleased() == params.bool("property_release", false));
    addRating(all, params);
    addWindow(all, params, "create", i -> i.origin().createdAt());
    addWindow(all, params, "modify", Image::modifiedAt);
    return i -> all.stream().allMatch(p -> p.test(i));
  }

  private static void addIfPresent(
      List<Predicate<Image>> all,
      SearchParams params,
      String name,
      java.util.function.Function<String, Predicate<Image>> filter) {
    if (params.has(name)) {
      all.add(filter.apply(params.get(name)));
    }
  }

  private static void addRating(List<Predicate<Image>> all, SearchParams params) {
    int exact = params.number("rating", Integer.MIN_VALUE);
    int min = params.number("rating_min", Integer.MIN_VALUE);
    int max = params.number("rating_max", Integer.MAX_VALUE);
    all.add(
        i -> {
          int r = i.flags().rating();
          return (exact == Integer.MIN_VALUE || r == exact) && r >= min && r <= max;
        });
  }

  /** Inclusive bounds at second precision. */
  private static void addWindow(
      List<Predicate<Image>> all,
      SearchParams params,
      String prefix,
      java.util.function.Function<Image, Instant> stamp) {
    Instant start = bound(params, prefix + "_start");
    Instant end = bound(params, prefix + "_end");
    all.add(
        i -> {
          Instant at = stamp.apply(i).truncatedTo(ChronoUnit.SECONDS);
          return (start == null || !at.isBefore(start)) && (end == null || !at.isAfter(end));
        });
  }

  private static Instant bound(SearchParams params, String name) {
    String text = params.get(name);
    return text == null ? null : Stamps.parseUtc(text, name).truncatedTo(ChronoUnit.SECONDS);
  }

  private static Set<String> ids(String commaList) {
    return Arrays.stream(commaList.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Predicate<Image> inCollections(Set<String> collections, Tree tree) {
    return i -> {
      List<String> places = new ArrayList<>(i.galleryIds());
      if (i.origin().collectionId() != null) {
        places.add(i.origin().collectionId());
      }
      return places.stream()
          .anyMatch(p -> tree.lineage(p).stream().anyMatch(collections::contains));
    };
  }

  /** {@code {"<field_id>":"<option_id>"}}: every pair must hold. */
  private static Predicate<Image> custom(String json) {
    JsonNode node = Json.read(json);
    if (!node.isObject() || node.isEmpty()) {
      throw ApiException.badParam("custom_metadata must be a JSON object of field id to option id");
    }
    List<Predicate<Image>> pairs = new ArrayList<>();
    for (var entry : node.properties()) {
      if (!entry.getValue().isTextual()) {
        throw ApiException.badParam("custom_metadata values must be option ids");
      }
      String field = entry.getKey();
      String option = entry.getValue().asText();
      pairs.add(i -> option.equals(i.meta().custom().get(field)));
    }
    return i -> pairs.stream().allMatch(p -> p.test(i));
  }
}
