package io.assetbridge.emulator.photoshelter.auth;

import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Settings;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /psapi/v3/mem/authenticate}: email + password + {@code mode=token} give a token. */
public final class LoginHandler implements ApiHandler {

  private final Library library;
  private final Sessions sessions;

  public LoginHandler(Library library, Sessions sessions) {
    this.library = library;
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    Settings settings = library.settings();
    if (!"token".equals(ctx.formParam("mode"))) {
      throw ApiException.badParam("mode must be token");
    }
    if (!settings.email().equalsIgnoreCase(String.valueOf(ctx.formParam("email")))) {
      throw new ApiException(ApiError.UNKNOWN_LOGIN, "Invalid login");
    }
    if (!settings.password().equals(ctx.formParam("password"))) {
      throw new ApiException(ApiError.WRONG_PASSWORD, "Invalid password");
    }
    Session session = sessions.issue(settings.userId(), library.now());
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("id", settings.orgId());
    org.put("name", settings.orgName());
    org.put("member", "t");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("token", session.token());
    data.put("org", List.of(org));
    V3Envelope.ok(ctx, data);
  }
}
