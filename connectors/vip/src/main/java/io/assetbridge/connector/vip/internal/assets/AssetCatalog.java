package io.assetbridge.connector.vip.internal.assets;

import static io.assetbridge.connector.vip.internal.api.VipApi.segment;

import io.assetbridge.connector.http.Multipart;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.Pages;
import io.assetbridge.connector.vip.internal.api.Problem;
import io.assetbridge.connector.vip.internal.api.VipAnswer;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import java.util.Map;
import java.util.Optional;

/** VIP's {@code /assets} (§5): look-up by external ref, idempotent create, merge patch, read. */
public final class AssetCatalog {
  private final VipApi api;
  private final AssetFields fields;
  private final AssetMapping mapping;

  public AssetCatalog(VipApi api, String connection) {
    this.api = api;
    this.fields = new AssetFields(connection);
    this.mapping = new AssetMapping(connection);
  }

  public Optional<String> findByExternalRef(String externalRef) {
    return api
        .get("/assets" + Query.of().add("externalRef", externalRef))
        .map(page -> Pages.items(page, asset -> Json.text(asset, "id")))
        .stream()
        .findFirst();
  }

  /**
   * Creates the asset, streaming the file after the metadata part. An {@code externalRef} VIP
   * already holds means an earlier attempt created it: that asset's id is the idempotent answer.
   */
  public String create(NewAsset asset, AssetContent content) {
    String metadata = fields.forCreate(asset.externalKey(), asset.fields()).toString();
    Multipart body =
        new Multipart()
            .json("metadata", metadata)
            .file("file", fileName(content), mediaType(content), content.stream());
    VipAnswer answer = api.postMultipart("/assets", body, asset.idempotencyKey());
    Problem problem = answer.problem();
    if (answer.status() == 409 && problem != null && problem.is("external-ref-taken")) {
      String existing = problem.member("assetId");
      return existing != null
          ? existing
          : findByExternalRef(asset.externalKey()).orElseThrow(answer::failure);
    }
    return answer.map(created -> Json.text(created, "id"));
  }

  public void update(String id, Map<String, Object> changedFields) {
    if (changedFields.isEmpty()) {
      return;
    }
    api.patch("/assets/" + segment(id), fields.forPatch(changedFields)).json();
  }

  public Asset read(String id) {
    return api.get("/assets/" + segment(id)).map(mapping::toAsset);
  }

  /** The original, streamed; VIP's content answer names no file, so the asset gives the name. */
  public AssetContent openContent(String id) {
    String fileName = read(id).file().name();
    return StreamedContent.open(api, "/assets/" + segment(id) + "/content", fileName);
  }

  static String fileName(AssetContent content) {
    if (content.fileName() == null || content.fileName().isBlank()) {
      throw new PermanentException("VIP needs a file name for every upload; the content has none");
    }
    return content.fileName();
  }

  static String mediaType(AssetContent content) {
    return content.mediaType() == null ? "application/octet-stream" : content.mediaType();
  }
}
