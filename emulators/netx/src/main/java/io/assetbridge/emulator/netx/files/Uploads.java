package io.assetbridge.emulator.netx.files;

import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.StoredFile;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/** What the file endpoints share: the token check, part reading and the asset lookup. */
final class Uploads {

  private final Catalog catalog;
  private final Tokens tokens;

  Uploads(Catalog catalog, Tokens tokens) {
    this.catalog = catalog;
    this.tokens = tokens;
  }

  Catalog catalog() {
    return catalog;
  }

  void authenticate(Context ctx) {
    if (!tokens.admits(ctx.header("Authorization"))) {
      throw new ImportError(401, "send Authorization: apiToken <token>");
    }
  }

  String part(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null || value.isBlank()) {
      throw new ImportError(400, "missing multipart part '" + name + "'");
    }
    return value;
  }

  byte[] fileBytes(Context ctx) {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw new ImportError(400, "missing multipart file part 'file'");
    }
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ImportError(400, "could not read the file part: " + e.getMessage());
    }
  }

  StoredFile stored(Context ctx) {
    byte[] bytes = fileBytes(ctx);
    return Images.stored(part(ctx, "fileName"), bytes);
  }

  long assetId(Context ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      catalog.asset(id).orElseThrow(() -> new ImportError(404, "asset " + id + " not found"));
      return id;
    } catch (NumberFormatException e) {
      throw new ImportError(404, "asset ids are integers");
    }
  }
}
