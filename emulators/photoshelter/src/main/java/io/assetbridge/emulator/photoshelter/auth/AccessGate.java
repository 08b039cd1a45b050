package io.assetbridge.emulator.photoshelter.auth;

import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Settings;
import io.javalin.http.Context;
import java.time.Duration;

/** Checks the API key and the session token of §2 before a handler runs. */
public final class AccessGate {

  private final Library library;
  private final Sessions sessions;

  public AccessGate(Library library, Sessions sessions) {
    this.library = library;
    this.sessions = sessions;
  }

  public Caller check(Context ctx, Access access) {
    Settings settings = library.settings();
    String key = firstOf(ctx.header("X-PS-Api-Key"), ctx.queryParam("api_key"));
    if (!settings.apiKey().equals(key)) {
      throw new ApiException(ApiError.API_KEY, "missing or invalid API key");
    }
    if (access == Access.KEY) {
      return new Caller(null);
    }
    Session session = session(ctx, settings);
    if (access == Access.ORG && session.orgId() == null) {
      throw new ApiException(ApiError.PERMISSION, "enter an organization first");
    }
    return new Caller(session);
  }

  private Session session(Context ctx, Settings settings) {
    String token = token(ctx);
    if (token == null) {
      throw new ApiException(ApiError.SESSION, "no session token");
    }
    if (token.equals(settings.oauthToken())) {
      return new Session(token, settings.userId(), settings.orgId(), library.now());
    }
    Duration idle = Duration.ofSeconds(settings.sessionIdleSeconds());
    return sessions
        .use(token, library.now(), idle)
        .orElseThrow(() -> new ApiException(ApiError.SESSION, "session expired or unknown"));
  }

  /** {@code X-PS-Auth-Token} (or {@code auth_token}) wins over {@code Authorization: Bearer}. */
  public static String token(Context ctx) {
    String bearer = ctx.header("Authorization");
    if (bearer != null && bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
      bearer = bearer.substring(7).strip();
    } else {
      bearer = null;
    }
    return firstOf(firstOf(ctx.header("X-PS-Auth-Token"), ctx.queryParam("auth_token")), bearer);
  }

  private static String firstOf(String a, String b) {
    return a != null && !a.isEmpty() ? a : b;
  }
}
