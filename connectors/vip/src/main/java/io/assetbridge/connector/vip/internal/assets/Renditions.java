package io.assetbridge.connector.vip.internal.assets;

import static io.assetbridge.connector.vip.internal.api.Json.instant;
import static io.assetbridge.connector.vip.internal.api.Json.text;
import static io.assetbridge.connector.vip.internal.api.VipApi.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Multipart;
import io.assetbridge.connector.vip.VipRendition;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.Pages;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.PermanentException;
import java.util.List;
import java.util.regex.Pattern;

/** An asset's renditions (§5): upload by name (a new name adds, an existing one replaces). */
public final class Renditions {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final VipApi api;

  public Renditions(VipApi api) {
    this.api = api;
  }

  /** Uploads the rendition file, streamed, and returns the rendition's id. */
  public String upload(String assetId, String name, AssetContent content, String idempotencyKey) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new PermanentException(
          "VIP rendition name '" + name + "' must match [a-z0-9][a-z0-9-]{0,63}, e.g. web-2048");
    }
    Multipart body =
        new Multipart()
            .text("name", name)
            .file(
                "file",
                AssetCatalog.fileName(content),
                AssetCatalog.mediaType(content),
                content.stream());
    return api.postMultipart(path(assetId), body, idempotencyKey)
        .map(rendition -> text(rendition, "id"));
  }

  /**
   * Every rendition of the asset, by name. §5 returns them all in one answer, so no {@code limit}
   * is sent (§13.9 turns unexpected parameters into 400).
   */
  public List<VipRendition> list(String assetId) {
    return api.get(path(assetId)).map(page -> Pages.items(page, Renditions::rendition));
  }

  static VipRendition rendition(JsonNode node) {
    return new VipRendition(
        text(node, "id"),
        text(node, "name"),
        text(node, "fileName"),
        text(node, "mediaType"),
        Json.number(node, "size"),
        text(node, "sha256"),
        Json.integer(node, "width"),
        Json.integer(node, "height"),
        instant(node, "createdAt"),
        instant(node, "updatedAt"));
  }

  private static String path(String assetId) {
    return "/assets/" + segment(assetId) + "/renditions";
  }
}
