package io.assetbridge.emulator.netx.files;

import io.javalin.http.Context;
import java.util.Map;

/** A file endpoint refusal: the status clients act on, and a body for people. */
public final class ImportError extends RuntimeException {

  private final int status;

  public ImportError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public void render(Context ctx) {
    ctx.status(status).json(Map.of("error", Map.of("code", status, "message", getMessage())));
  }
}
