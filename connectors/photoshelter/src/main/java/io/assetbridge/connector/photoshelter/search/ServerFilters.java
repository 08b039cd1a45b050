package io.assetbridge.connector.photoshelter.search;

import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.approval.StatusNames;
import io.assetbridge.connector.photoshelter.catalog.CustomField;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.read.TagSource;
import io.assetbridge.connector.photoshelter.read.TagSources;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.SearchQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The v4 media search parameters for a query: {@code terms}, {@code keywords}, and {@code
 * custom_metadata} for a status or campaign held in a custom field. A status held as no value
 * (DRAFT) or by gallery or rating other than APPROVED, and the licence expiry, which search cannot
 * filter, are left to the caller's check of each image.
 */
final class ServerFilters {
  /** A filter that holds for every image, since search refuses a query without one. */
  static final Map<String, String> EVERYTHING = Map.of("modify_start", "1970-01-01 00:00:00 GMT");

  private final ApprovalRule approval;
  private final TagSources tags;
  private final CustomFieldCatalog catalog;
  private final GalleryDirectory galleries;

  ServerFilters(
      ApprovalRule approval,
      TagSources tags,
      CustomFieldCatalog catalog,
      GalleryDirectory galleries) {
    this.approval = approval;
    this.tags = tags;
    this.catalog = catalog;
    this.galleries = galleries;
  }

  Map<String, String> of(SearchQuery q) {
    Map<String, String> filters = new LinkedHashMap<>();
    Map<String, String> custom = new LinkedHashMap<>();
    if (q.text() != null) {
      filters.put("terms", q.text());
      filters.put("sort_by", "relevance");
    }
    if (q.keyword() != null) {
      filters.put("keywords", q.keyword());
    }
    if (q.status() != null) {
      status(q.status(), filters, custom);
    }
    if (q.campaign() != null) {
      campaignField().ifPresent(f -> option(f, q.campaign(), custom));
    }
    if (!custom.isEmpty()) {
      filters.put("custom_metadata", json(custom));
    }
    if (filters.isEmpty()) {
      filters.putAll(EVERYTHING);
    }
    return filters;
  }

  private void status(AssetStatus status, Map<String, String> filters, Map<String, String> custom) {
    switch (approval) {
      case ApprovalRule.ByCustomField f when status != AssetStatus.DRAFT ->
          catalog
              .byName(f.field())
              .ifPresent(
                  field -> option(field, StatusNames.toOption(status, f.approved()), custom));
      case ApprovalRule.ByGallery g when status == AssetStatus.APPROVED ->
          filters.put("galleries", galleries.idOf(g.gallery()));
      case ApprovalRule.ByRating r when status == AssetStatus.APPROVED ->
          filters.put("rating_min", Integer.toString(r.min()));
      default -> {}
    }
  }

  /** The custom field that feeds the {@code campaign} tag, if one does. */
  private Optional<CustomField> campaignField() {
    if (tags.isDefault()) {
      return catalog.fields().stream()
          .filter(f -> TagSource.defaultName(f.name()).equals("campaign"))
          .filter(f -> !f.name().equalsIgnoreCase(tags.approvalField()))
          .findFirst();
    }
    return tags.configuredSource("campaign")
        .filter(s -> s.kind() == TagSource.Kind.CUSTOM)
        .flatMap(s -> catalog.byName(s.key()));
  }

  /** An unknown option cannot be filtered for; the check of each image then finds no match. */
  private void option(CustomField field, String optionName, Map<String, String> custom) {
    catalog.optionId(field, optionName).ifPresent(id -> custom.put(field.id(), id));
  }

  private static String json(Map<String, String> pairs) {
    StringBuilder b = new StringBuilder("{");
    pairs.forEach(
        (k, v) ->
            b.append(b.length() > 1 ? "," : "").append(quote(k)).append(':').append(quote(v)));
    return b.append('}').toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
