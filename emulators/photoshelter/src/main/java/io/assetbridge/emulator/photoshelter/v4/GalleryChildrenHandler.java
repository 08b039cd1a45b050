package io.assetbridge.emulator.photoshelter.v4;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /psapi/v4.0/galleries/{gallery_id}/children}: adds images; a member already there is
 * not an error and is not an edit. {@code DELETE} with the same body removes them (assumed: §7
 * names no removal; this mirrors the add), a non-member likewise no error.
 */
public final class GalleryChildrenHandler implements ApiHandler {

  private final Library library;
  private final boolean remove;

  public GalleryChildrenHandler(Library library) {
    this(library, false);
  }

  private GalleryChildrenHandler(Library library, boolean remove) {
    this.library = library;
    this.remove = remove;
  }

  /** The DELETE handler: removes the listed images from the gallery. */
  public static GalleryChildrenHandler removing(Library library) {
    return new GalleryChildrenHandler(library, true);
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String galleryId = ctx.pathParam("gallery_id");
    JsonNode data = PatchBody.data(ctx);
    if (!data.isArray()) {
      throw ApiException.badParam("data must be a list of {type, id}");
    }
    library
        .tree()
        .gallery(galleryId)
        .orElseThrow(() -> ApiException.notFound("no gallery " + galleryId));
    List<String> ids = new ArrayList<>();
    data.forEach(item -> ids.add(item.path("id").asText("")));
    ids.forEach(id -> MediaLookup.find(library, id));
    List<Map<String, Object>> added = new ArrayList<>();
    for (String id : ids) {
      boolean member = MediaLookup.find(library, id).galleryIds().contains(galleryId);
      if (remove && member) {
        MediaLookup.edit(library, id, i -> i.withGalleries(minus(i.galleryIds(), galleryId)));
      } else if (!remove && !member) {
        MediaLookup.edit(library, id, i -> i.withGalleries(plus(i.galleryIds(), galleryId)));
      }
      added.add(Map.of("type", "image", "id", id));
    }
    Json.send(ctx, 200, MediaResource.document(added));
  }

  static Set<String> minus(Set<String> set, String value) {
    Set<String> result = new HashSet<>(set);
    result.remove(value);
    return result;
  }

  static Set<String> plus(Set<String> set, String value) {
    Set<String> result = new HashSet<>(set);
    result.add(value);
    return result;
  }
}
