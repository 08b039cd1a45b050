package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /psapi/v3/mem/gallery/{gallery_id}/images}: upload order (then id), or {@code
 * sort_by=file_name}; paged with {@code data.Paging}.
 */
public final class GalleryImagesHandler implements ApiHandler {

  private static final List<String> KEYS = List.of("image_id", "f_visible");
  private final Library library;
  private final ImageExtender extender;

  public GalleryImagesHandler(Library library, ImageExtender extender) {
    this.library = library;
    this.extender = extender;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Map<String, Extension> extensions = ExtensionParser.parse(ctx.queryParam("extend"));
    FieldSelection fields = FieldSelection.parse(ctx.queryParam("fields"));
    fields.check(KEYS, "GalleryImage");
    V3Paging paging = V3Paging.of(ctx);
    String galleryId = ctx.pathParam("gallery_id");
    library
        .tree()
        .gallery(galleryId)
        .orElseThrow(() -> ApiException.notFound("no gallery " + galleryId));
    List<Image> members = members(galleryId, ctx.queryParam("sort_by"));
    List<Map<String, Object>> page = new ArrayList<>();
    for (Image image : paging.slice(members)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("image_id", image.id());
      entry.put("f_visible", "t");
      Map<String, Object> selected = fields.apply(entry, "GalleryImage");
      extender.apply(selected, image, extensions);
      page.add(selected);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("GalleryImage", page);
    data.put("Paging", paging.describe(members.size()));
    V3Envelope.ok(ctx, data);
  }

  private List<Image> members(String galleryId, String sortBy) {
    Comparator<Image> order =
        Comparator.comparingLong((Image i) -> i.origin().uploadSeq()).thenComparing(Image::id);
    if ("file_name".equals(sortBy)) {
      order = Comparator.comparing((Image i) -> i.file().fileName()).thenComparing(order);
    } else if (sortBy != null) {
      throw ApiException.badParam("sort_by must be file_name");
    }
    return library.images().stream()
        .filter(i -> i.galleryIds().contains(galleryId))
        .sorted(order)
        .toList();
  }
}
