package io.assetbridge.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body into memory up to a cap. A declared Content-Length over the cap is refused
 * unread; a chunked body is read one byte past the cap, never further.
 */
final class CappedBody {
  private CappedBody() {}

  static byte[] read(Context ctx, int cap) {
    if (ctx.req().getContentLengthLong() > cap) {
      throw new BodyTooLarge(cap);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(cap + 1);
      if (body.length > cap) {
        throw new BodyTooLarge(cap);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
  }
}
