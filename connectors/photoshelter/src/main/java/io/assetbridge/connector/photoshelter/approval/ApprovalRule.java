package io.assetbridge.connector.photoshelter.approval;

import io.assetbridge.spi.AssetStatus;
import java.util.Map;

/**
 * How this connection's organisation marks a file approved (§8): a custom-metadata option, gallery
 * membership or a minimum rating. {@code rescan} lists the approved set on each poll, since such
 * edits may not move {@code modified_at} on the real service.
 */
public sealed interface ApprovalRule
    permits ApprovalRule.ByCustomField, ApprovalRule.ByGallery, ApprovalRule.ByRating {

  boolean rescan();

  /** The canonical status of one image. */
  AssetStatus statusOf(ImageFacts image);

  /** The custom field this rule takes away from the tags, or null. */
  default String customField() {
    return null;
  }

  /** Parses the {@code approval:} setting; errors name the setting and the fix. */
  static ApprovalRule from(Map<String, Object> setting) {
    return ApprovalSetting.parse(setting);
  }

  /** Approved when the field holds the {@code approved} option; other options map by name. */
  record ByCustomField(String field, String approved, boolean rescan) implements ApprovalRule {
    @Override
    public AssetStatus statusOf(ImageFacts image) {
      String value = image.customValue(field);
      if (value == null || value.isBlank()) {
        return AssetStatus.DRAFT;
      }
      return value.equalsIgnoreCase(approved)
          ? AssetStatus.APPROVED
          : StatusNames.fromOption(value);
    }

    @Override
    public String customField() {
      return field;
    }
  }

  /** Approved while the file is in the gallery (by name or id); otherwise a draft. */
  record ByGallery(String gallery, boolean rescan) implements ApprovalRule {
    @Override
    public AssetStatus statusOf(ImageFacts image) {
      return image.inGallery(gallery) ? AssetStatus.APPROVED : AssetStatus.DRAFT;
    }
  }

  /** Approved when the rating is at least {@code min}; otherwise a draft. */
  record ByRating(int min, boolean rescan) implements ApprovalRule {
    @Override
    public AssetStatus statusOf(ImageFacts image) {
      Integer rating = image.rating();
      return rating != null && rating >= min ? AssetStatus.APPROVED : AssetStatus.DRAFT;
    }
  }
}
