package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /psapi/v4.0/media}: search over what the index shows now (see search lag). */
public final class SearchHandler implements ApiHandler {

  private static final Set<String> OTHER_MEDIA = Set.of("video", "audio", "document");
  private final Library library;

  public SearchHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    SearchParams params = SearchParams.of(ctx.queryParamMap());
    checkOrg(params, caller);
    var filter = SearchFilters.of(params, library.tree());
    var order = SearchOrder.of(params);
    V4Paging paging = V4Paging.of(params);
    List<Image> hits =
        imagesWanted(params)
            ? library.searchable().stream().filter(filter).sorted(order).toList()
            : List.of();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", paging.slice(hits).stream().map(MediaResource::of).toList());
    document.put("meta", Map.of("paging", paging.describe(hits.size(), ctx.queryString())));
    Json.send(ctx, 200, document);
  }

  private static void checkOrg(SearchParams params, Caller caller) {
    if (params.has("org_id") && !params.get("org_id").equals(caller.session().orgId())) {
      throw new ApiException(ApiError.PERMISSION, "not this session's organization");
    }
    if (params.has("custom_metadata") && !params.has("org_id")) {
      throw ApiException.badParam("custom_metadata needs org_id");
    }
  }

  private static boolean imagesWanted(SearchParams params) {
    String type = params.get("media_type");
    if (type == null || type.equals("image")) {
      return true;
    }
    if (OTHER_MEDIA.contains(type)) {
      return false;
    }
    throw ApiException.badParam("media_type must be image, video, audio or document");
  }
}
