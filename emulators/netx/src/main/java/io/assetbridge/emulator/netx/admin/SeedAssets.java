package io.assetbridge.emulator.netx.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.files.Images;
import io.assetbridge.emulator.netx.rpc.EditReader;
import io.assetbridge.emulator.netx.rpc.RpcException;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.AssetEdit;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.InvalidEdit;
import io.assetbridge.emulator.netx.state.NewAsset;
import java.util.Base64;

/** Creates one asset from a seed description (contract §10), with real JPEG bytes. */
final class SeedAssets {

  private final Catalog catalog;

  SeedAssets(Catalog catalog) {
    this.catalog = catalog;
  }

  Asset create(JsonNode spec) {
    String fileName = spec.path("fileName").asText("");
    if (fileName.isBlank()) {
      throw new AdminError("each asset needs a fileName, e.g. \"harbour.jpg\"");
    }
    Long folderId = spec.hasNonNull("folder") ? folder(spec.get("folder").asText()) : null;
    AssetEdit edit = edit(spec);
    try {
      return catalog.add(
          new NewAsset(
              Images.stored(fileName, bytes(spec, fileName)),
              folderId,
              edit,
              optionalLong(spec, "creationDate"),
              optionalLong(spec, "importDate"),
              optionalLong(spec, "modDate")));
    } catch (InvalidEdit e) {
      throw new AdminError(e.getMessage());
    }
  }

  static AssetEdit edit(JsonNode spec) {
    try {
      return EditReader.read(spec);
    } catch (RpcException e) {
      throw new AdminError(e.getMessage());
    }
  }

  private long folder(String path) {
    try {
      return catalog.createFolder(path).id();
    } catch (InvalidEdit e) {
      throw new AdminError(e.getMessage());
    }
  }

  private static byte[] bytes(JsonNode spec, String fileName) {
    if (spec.hasNonNull("contentBase64")) {
      return Base64.getDecoder().decode(spec.get("contentBase64").asText());
    }
    JsonNode image = spec.path("image");
    return Images.render(
        fileName, image.path("width").asInt(1200), image.path("height").asInt(800));
  }

  private static Long optionalLong(JsonNode spec, String member) {
    return spec.hasNonNull(member) ? spec.get(member).asLong() : null;
  }
}
