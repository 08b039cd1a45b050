package io.assetbridge.emulator.netx.files;

import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.Catalog;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET /file/asset/{id}/{kind}/{fileName}} with single-range support (206/416). */
public final class DownloadHandler implements Handler {

  private static final Map<String, Integer> EDGES =
      Map.of("thumb", 150, "preview", 500, "zoom", 2000);
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private final Uploads uploads;

  public DownloadHandler(Catalog catalog, Tokens tokens) {
    this.uploads = new Uploads(catalog, tokens);
  }

  @Override
  public void handle(Context ctx) {
    uploads.authenticate(ctx);
    long id = uploads.assetId(ctx);
    Asset a = uploads.catalog().asset(id).orElseThrow();
    String kind = ctx.pathParam("kind");
    byte[] bytes;
    if (kind.equals("original")) {
      bytes = a.file().bytes();
    } else if (EDGES.containsKey(kind)) {
      bytes = Images.scaled(a.file().bytes(), EDGES.get(kind));
    } else {
      throw new ImportError(404, "kind must be original, preview, thumb or zoom");
    }
    ctx.header("Accept-Ranges", "bytes");
    ctx.contentType(kind.equals("original") ? contentType(a) : "image/jpeg");
    serve(ctx, bytes, ctx.header("Range"));
  }

  private static void serve(Context ctx, byte[] bytes, String range) {
    Matcher m = range == null ? null : RANGE.matcher(range.trim());
    if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      ctx.result(bytes);
      return;
    }
    long len = bytes.length;
    long first =
        m.group(1).isEmpty()
            ? Math.max(0, len - Long.parseLong(m.group(2)))
            : Long.parseLong(m.group(1));
    long last =
        m.group(1).isEmpty() || m.group(2).isEmpty()
            ? len - 1
            : Math.min(len - 1, Long.parseLong(m.group(2)));
    if (first >= len || first > last) {
      ctx.status(416).header("Content-Range", "bytes */" + len).result(new byte[0]);
      return;
    }
    ctx.status(206).header("Content-Range", "bytes " + first + "-" + last + "/" + len);
    ctx.result(java.util.Arrays.copyOfRange(bytes, (int) first, (int) last + 1));
  }

  private static String contentType(Asset a) {
    return switch (a.file().type()) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      default -> "application/octet-stream";
    };
  }
}
