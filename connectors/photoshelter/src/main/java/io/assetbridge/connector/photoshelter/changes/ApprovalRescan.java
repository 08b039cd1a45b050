package io.assetbridge.connector.photoshelter.changes;

import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.catalog.CustomField;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.client.MediaItem;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the whole approved set on each pass (§8), since approval edits may not move {@code
 * modified_at}; each member becomes an {@code asset.approved} change keyed {@code approved@} + its
 * modification time, so the store drops it until the file changes again.
 */
public final class ApprovalRescan {
  private final String connection;
  private final ApprovalRule rule;
  private final MediaSearch search;
  private final CustomFieldCatalog catalog;
  private final GalleryDirectory galleries;

  public ApprovalRescan(
      String connection,
      ApprovalRule rule,
      MediaSearch search,
      CustomFieldCatalog catalog,
      GalleryDirectory galleries) {
    this.connection = connection;
    this.rule = rule;
    this.search = search;
    this.catalog = catalog;
    this.galleries = galleries;
  }

  /**
   * {@code now} tells which {@code modified_at} seconds may still be running ({@link Unsettled}).
   */
  public List<Change> approvedChanges(Instant now) {
    List<Change> changes = new ArrayList<>();
    for (MediaItem item : search.all(filter()).items()) {
      if (item.modifiedAt() != null) {
        changes.add(
            new Change(
                connection,
                item.id(),
                Unsettled.key("approved@" + item.modifiedAt(), item.modifiedAt(), now),
                "asset.approved",
                item.modifiedAt()));
      }
    }
    return changes;
  }

  private Map<String, String> filter() {
    return switch (rule) {
      case ApprovalRule.ByCustomField f -> Map.of("custom_metadata", customFilter(f));
      case ApprovalRule.ByGallery g -> Map.of("galleries", galleries.idOf(g.gallery()));
      case ApprovalRule.ByRating r -> Map.of("rating_min", Integer.toString(r.min()));
    };
  }

  private String customFilter(ApprovalRule.ByCustomField rule) {
    CustomField field =
        catalog
            .byName(rule.field())
            .orElseThrow(() -> missing("custom metadata field '" + rule.field() + "'"));
    String option =
        catalog
            .optionId(field, rule.approved())
            .orElseThrow(
                () -> missing("option '" + rule.approved() + "' of '" + rule.field() + "'"));
    return "{\"" + field.id() + "\":\"" + option + "\"}";
  }

  private PermanentException missing(String what) {
    return new PermanentException(
        connection + ": the approval setting names " + what + ", which the organisation lacks");
  }
}
