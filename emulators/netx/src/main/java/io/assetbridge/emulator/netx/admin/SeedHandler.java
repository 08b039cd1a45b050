package io.assetbridge.emulator.netx.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.AttributeDefinition;
import io.assetbridge.emulator.netx.state.AttributeType;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.Folder;
import io.assetbridge.emulator.netx.state.InvalidEdit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /_emulator/seed}: attributes, folders and assets, sending no webhooks. */
final class SeedHandler implements Handler {

  private final Catalog catalog;
  private final SeedAssets seeds;

  SeedHandler(Catalog catalog) {
    this.catalog = catalog;
    this.seeds = new SeedAssets(catalog);
  }

  @Override
  public void handle(Context ctx) {
    JsonNode body = AdminJson.body(ctx);
    body.path("attributes").forEach(this::define);
    List<Object> folders = new ArrayList<>();
    for (JsonNode path : body.path("folders")) {
      Folder f = folder(path.asText());
      folders.add(Map.of("path", f.path(), "id", f.id()));
    }
    List<Object> assets = new ArrayList<>();
    for (JsonNode spec : body.path("assets")) {
      Asset a = seeds.create(spec);
      assets.add(Map.of("fileName", a.file().name(), "id", a.id()));
    }
    ctx.json(Map.of("folders", folders, "assets", assets));
  }

  private Folder folder(String path) {
    try {
      return catalog.createFolder(path);
    } catch (InvalidEdit e) {
      throw new AdminError(e.getMessage());
    }
  }

  private void define(JsonNode a) {
    try {
      List<String> options = null;
      if (a.has("options")) {
        options = new ArrayList<>();
        for (JsonNode o : a.get("options")) options.add(o.asText());
      }
      catalog.define(
          new AttributeDefinition(
              a.path("label").asText(), AttributeType.parse(a.path("type").asText()), options));
    } catch (IllegalArgumentException e) {
      throw new AdminError(
          "attribute type must be text, textarea, number, pulldown or multiselect");
    }
  }
}
