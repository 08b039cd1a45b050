package io.assetbridge.connector.photoshelter.write;

import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates idempotently by external key (§5, §7): look the key up first, upload only when nothing
 * carries it, then PATCH IPTC (with {@code trans_ref} and {@code rights}, Clarification 6) and the
 * other fields, also on a found image whose earlier create may have stopped half way.
 */
final class AssetCreation {
  private final String connection;
  private final ExternalKeyLookup lookup;
  private final ImageUpload upload;
  private final FieldUpdate update;
  private final GalleryDirectory galleries;
  private final String uploadGallery;

  AssetCreation(
      String connection,
      ExternalKeyLookup lookup,
      ImageUpload upload,
      FieldUpdate update,
      GalleryDirectory galleries,
      String uploadGallery) {
    this.connection = connection;
    this.lookup = lookup;
    this.upload = upload;
    this.update = update;
    this.galleries = galleries;
    this.uploadGallery = uploadGallery;
  }

  String create(NewAsset asset, AssetContent content) {
    String key = asset.externalKey();
    if (key == null || key.isBlank()) {
      throw new PermanentException(
          connection + ": create needs an external key, the only guard against duplicates");
    }
    Map<String, Object> iptc = new LinkedHashMap<>();
    Map<String, Object> others = new LinkedHashMap<>();
    asset
        .fields()
        .forEach((k, v) -> (WritableFields.IPTC.containsKey(k) ? iptc : others).put(k, v));
    iptc.put("externalKey", key);
    update.checkNames(others);
    String id = lookup.find(key).orElse(null);
    if (id == null) {
      String gallery = firstGallery(others.get("gallery"));
      id = upload.send(content, key, fileName(content, key), galleries.idOf(gallery));
    }
    update.apply(id, iptc); // right after the upload, before any look-up the rest may need
    if (!others.isEmpty()) {
      update.apply(id, others);
    }
    return id;
  }

  private String firstGallery(Object field) {
    List<String> named = FieldValues.list("gallery", field);
    if (!named.isEmpty()) {
      return named.get(0).strip();
    }
    if (uploadGallery == null) {
      throw new PermanentException(
          connection
              + ": an upload needs a gallery; set uploadGallery on the connection or map a"
              + " gallery field");
    }
    return uploadGallery;
  }

  private static String fileName(AssetContent content, String key) {
    String name = content.fileName();
    return name == null || name.isBlank() ? key.replaceAll("[^A-Za-z0-9._-]", "-") + ".jpg" : name;
  }
}
