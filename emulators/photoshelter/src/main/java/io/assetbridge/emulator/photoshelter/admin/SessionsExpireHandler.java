package io.assetbridge.emulator.photoshelter.admin;

import io.assetbridge.emulator.photoshelter.auth.Sessions;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** {@code POST /_emulator/sessions/expire}: every issued token now gets the session error. */
public final class SessionsExpireHandler implements Handler {

  private final Sessions sessions;

  public SessionsExpireHandler(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx) {
    sessions.expireAll();
    Json.send(ctx, 200, Map.of());
  }
}
