package io.assetbridge.connector.vip.internal.assets;

import static io.assetbridge.connector.vip.internal.api.Json.instant;
import static io.assetbridge.connector.vip.internal.api.Json.strings;
import static io.assetbridge.connector.vip.internal.api.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetBuilder;
import io.assetbridge.spi.FileFacts;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import java.util.List;

/** VIP's asset object (§5) as the canonical asset, by the §12 field map. */
public final class AssetMapping {
  private final String connection;

  public AssetMapping(String connection) {
    this.connection = connection;
  }

  public Asset toAsset(JsonNode asset) {
    AssetBuilder builder =
        Asset.builder(new Ref(connection, text(asset, "id")))
            .file(fileFacts(asset.path("file")))
            .externalKey(text(asset, "externalRef"))
            .version(text(asset, "version"))
            .createdAt(instant(asset, "createdAt"))
            .modifiedAt(instant(asset, "updatedAt"));
    describe(builder, asset);
    Json.plain(asset).forEach(builder::field);
    return builder.build();
  }

  /** Descriptive metadata, rights and tags: shared by assets and submissions' metadata. */
  public static void describe(AssetBuilder builder, JsonNode metadata) {
    builder
        .title(text(metadata, "title"))
        .caption(text(metadata, "caption"))
        .credit(text(metadata, "credit"))
        .copyright(text(metadata, "copyright"))
        .keywords(strings(metadata, "keywords"))
        .rights(rights(metadata));
    metadata
        .path("tags")
        .properties()
        .forEach(tag -> tag(builder, tag.getKey(), strings(metadata.get("tags"), tag.getKey())));
  }

  private static void tag(AssetBuilder builder, String name, List<String> values) {
    if (name.equals(AssetFields.BYLINE_TAG)) {
      builder.byline(values.isEmpty() ? null : String.join(", ", values));
    } else {
      builder.tag(name, values);
    }
  }

  private static Rights rights(JsonNode metadata) {
    return new Rights(
        text(metadata, "usageTerms"),
        instant(metadata, "expiresAt"),
        instant(metadata, "embargoUntil"),
        strings(metadata, "territories"),
        null,
        null);
  }

  public static FileFacts fileFacts(JsonNode file) {
    return new FileFacts(
        text(file, "fileName"),
        Json.number(file, "size"),
        Json.integer(file, "width"),
        Json.integer(file, "height"),
        text(file, "mediaType"),
        null,
        text(file, "sha256"));
  }
}
