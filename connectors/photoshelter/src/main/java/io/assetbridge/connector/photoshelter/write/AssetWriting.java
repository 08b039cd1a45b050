package io.assetbridge.connector.photoshelter.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.connector.photoshelter.read.TagSources;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The write side of the connector: look-up by external key, create and update. */
public final class AssetWriting {
  private final ExternalKeyLookup lookup;
  private final FieldUpdate update;
  private final AssetCreation creation;
  private final Set<String> writable;
  private final PsClient client;
  private final V4Bodies bodies;
  private final GalleryDirectory galleries;

  public AssetWriting(
      PsClient client,
      ObjectMapper json,
      ApprovalRule approval,
      TagSources tags,
      CustomFieldCatalog catalog,
      GalleryDirectory galleries,
      String uploadGallery) {
    this.lookup = new ExternalKeyLookup(client, new MediaSearch(client));
    StatusWrite status = new StatusWrite(client, approval, catalog, galleries);
    TagWrite tagWrite = new TagWrite(client.connection(), tags, catalog);
    this.client = client;
    this.bodies = new V4Bodies(json);
    this.galleries = galleries;
    this.update = new FieldUpdate(client, bodies, status, tagWrite, galleries);
    this.creation =
        new AssetCreation(
            client.connection(), lookup, new ImageUpload(client), update, galleries, uploadGallery);
    this.writable = Set.copyOf(WritableFields.names(tags.configured().keySet()));
  }

  public Set<String> writableFields() {
    return writable;
  }

  public Optional<String> findByExternalKey(String externalKey) {
    return lookup.find(externalKey);
  }

  public String create(NewAsset asset, AssetContent content) {
    return creation.create(asset, content);
  }

  public void update(String id, Map<String, Object> changedFields) {
    update.apply(id, changedFields);
  }

  /** Takes the image out of the gallery (by name or id); a non-member is no error. */
  public void removeFromGallery(String id, String gallery) {
    client.v4Send(
        "DELETE",
        "/psapi/v4.0/galleries/" + Query.encode(galleries.idOf(gallery)) + "/children",
        bodies.images(java.util.List.of(id)));
  }
}
