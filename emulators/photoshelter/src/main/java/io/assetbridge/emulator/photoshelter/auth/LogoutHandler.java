package io.assetbridge.emulator.photoshelter.auth;

import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET|POST /psapi/v3/mem/authenticate/logout}: ends the session. Idempotent: an unknown or
 * expired token also answers ok, so a client's shutdown never fails on it.
 */
public final class LogoutHandler implements ApiHandler {

  private final Sessions sessions;

  public LogoutHandler(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String token = AccessGate.token(ctx);
    if (token != null) {
      sessions.end(token);
    }
    V3Envelope.ok(ctx, Map.of());
  }
}
