package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Tree;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST|GET /psapi/v3/mem/gallery/insert}: {@code name}, {@code parent}, {@code f_list},
 * {@code mode}.
 */
public final class GalleryInsertHandler implements ApiHandler {

  private static final Set<String> MODES = Set.of("everyone", "permission", "private");
  private final Library library;

  public GalleryInsertHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String name = param(ctx, "name", null);
    String parent = param(ctx, "parent", Tree.ROOT);
    String listed = param(ctx, "f_list", "f");
    String mode = param(ctx, "mode", "private");
    if (name == null
        || name.isBlank()
        || !MODES.contains(mode)
        || !Set.of("t", "f").contains(listed)) {
      throw ApiException.badParam("name is required; f_list t|f; mode everyone|permission|private");
    }
    Tree tree = library.tree();
    if (!parent.equals(Tree.ROOT) && tree.container(parent).filter(c -> !c.isGallery()).isEmpty()) {
      throw ApiException.notFound("no collection " + parent);
    }
    Container gallery =
        tree.addGallery(name, parent, listed.equals("t"), mode, library.nowSeconds());
    V3Envelope.ok(ctx, "Gallery", Map.of("gallery_id", gallery.id()));
  }

  /** A form field, else the query parameter of the same name (GET works too). */
  static String param(Context ctx, String name, String fallback) {
    String form = ctx.method().name().equals("POST") ? ctx.formParam(name) : null;
    String value = form != null ? form : ctx.queryParam(name);
    return value == null ? fallback : value;
  }
}
