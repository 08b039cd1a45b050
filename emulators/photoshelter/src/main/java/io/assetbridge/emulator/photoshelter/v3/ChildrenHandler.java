package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Tree;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /psapi/v3/mem/collection/{collection_id|root}/children}. */
public final class ChildrenHandler implements ApiHandler {

  private final Library library;
  private final V3Records records;

  public ChildrenHandler(Library library, V3Records records) {
    this.library = library;
    this.records = records;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Map<String, Extension> extensions = ExtensionParser.parse(ctx.queryParam("extend"));
    String id = ctx.pathParam("collection_id");
    Tree tree = library.tree();
    boolean known =
        id.equals(Tree.ROOT) || tree.container(id).filter(c -> !c.isGallery()).isPresent();
    if (!known) {
      throw ApiException.notFound("no collection " + id);
    }
    List<Container> children = tree.children(id);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("Collection", list(children, false, extensions.get(Extension.COLLECTION)));
    result.put("Gallery", list(children, true, extensions.get(Extension.GALLERY)));
    V3Envelope.ok(ctx, "Children", result);
  }

  private List<Map<String, Object>> list(
      List<Container> children, boolean galleries, Extension ext) {
    FieldSelection fields = ext == null ? FieldSelection.ALL : ext.fields();
    String type = galleries ? "Gallery" : "Collection";
    return children.stream()
        .filter(c -> c.isGallery() == galleries)
        .map(c -> fields.apply(records.container(c), type))
        .toList();
  }
}
