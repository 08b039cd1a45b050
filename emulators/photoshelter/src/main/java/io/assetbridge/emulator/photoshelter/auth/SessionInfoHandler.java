package io.assetbridge.emulator.photoshelter.auth;

import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /psapi/v3/mem/user/session}: the user id and the account zone. */
public final class SessionInfoHandler implements ApiHandler {

  private final Library library;

  public SessionInfoHandler(Library library) {
    this.library = library;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("user_id", caller.session().userId());
    session.put("tz", library.settings().tz().getId());
    V3Envelope.ok(ctx, "Session", session);
  }
}
