package io.assetbridge.connector.photoshelter.write;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.approval.StatusNames;
import io.assetbridge.connector.photoshelter.catalog.CustomField;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.connector.photoshelter.read.ImageRecord;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;

/** Writes a canonical status the way the connection's approval rule reads it (§8). */
final class StatusWrite {
  private final PsClient client;
  private final ApprovalRule rule;
  private final CustomFieldCatalog catalog;
  private final GalleryDirectory galleries;

  StatusWrite(
      PsClient client, ApprovalRule rule, CustomFieldCatalog catalog, GalleryDirectory galleries) {
    this.client = client;
    this.rule = rule;
    this.catalog = catalog;
    this.galleries = galleries;
  }

  void plan(UpdatePlan plan, String id, AssetStatus status) {
    switch (rule) {
      case ApprovalRule.ByCustomField f -> byOption(plan, f, status);
      case ApprovalRule.ByGallery g -> byGallery(plan, id, g, status);
      case ApprovalRule.ByRating r -> byRating(plan, id, r, status);
    }
  }

  private void byOption(UpdatePlan plan, ApprovalRule.ByCustomField rule, AssetStatus status) {
    CustomField field =
        catalog
            .byName(rule.field())
            .orElseThrow(() -> fail("has no custom metadata field '" + rule.field() + "'"));
    String option = status == null ? null : StatusNames.toOption(status, rule.approved());
    String optionId =
        option == null
            ? null
            : catalog
                .optionId(field, option)
                .orElseThrow(
                    () -> fail("field '" + field.name() + "' has no option '" + option + "'"));
    plan.customOption(field.id(), optionId, "status");
  }

  private void byGallery(UpdatePlan plan, String id, ApprovalRule.ByGallery rule, AssetStatus s) {
    if (s == AssetStatus.APPROVED) {
      plan.galleries.add(galleries.idOf(rule.gallery()));
    } else if (s != null && galleriesOf(id).facts().inGallery(rule.gallery())) {
      throw fail(
          "cannot mark "
              + id
              + " "
              + s
              + ": that means leaving gallery '"
              + rule.gallery()
              + "', and the API has no call to remove a file from a gallery");
    }
  }

  private void byRating(UpdatePlan plan, String id, ApprovalRule.ByRating rule, AssetStatus s) {
    if (s == null) {
      return;
    }
    Object planned = plan.image.get("rating");
    int rating = planned instanceof Integer r ? r : currentRating(id);
    if (s == AssetStatus.APPROVED && rating < rule.min()) {
      plan.image.put("rating", rule.min());
    } else if (s != AssetStatus.APPROVED && rating >= rule.min()) {
      if (rule.min() <= -1) {
        throw fail("cannot mark " + id + " " + s + ": every rating counts as approved");
      }
      plan.image.put("rating", rule.min() - 1);
    }
  }

  private int currentRating(String id) {
    var data =
        client.v3Get("/psapi/v3/mem/image/" + Query.encode(id), Query.of().add("fields", "rating"));
    Integer rating = new ImageRecord(data.path("Image"), MissingNode.getInstance()).rating();
    return rating == null ? 0 : rating;
  }

  private ImageRecord galleriesOf(String id) {
    var data = client.v3Get("/psapi/v3/mem/image/" + Query.encode(id) + "/galleries", Query.of());
    return new ImageRecord(MissingNode.getInstance(), data.path("ImageGallery"));
  }

  private PermanentException fail(String what) {
    return new PermanentException(client.connection() + ": status: " + what);
  }
}
