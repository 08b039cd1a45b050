package io.assetbridge.emulator.photoshelter.auth;

import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /psapi/v3/mem/organization/{org_id}/authenticate}: the session enters the org. */
public final class OrgAuthenticateHandler implements ApiHandler {

  private final Library library;
  private final Sessions sessions;

  public OrgAuthenticateHandler(Library library, Sessions sessions) {
    this.library = library;
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    String orgId = ctx.pathParam("org_id");
    if (!library.settings().orgId().equals(orgId)) {
      throw new ApiException(ApiError.PERMISSION, "not a member of " + orgId);
    }
    sessions.enterOrg(caller.session().token(), orgId);
    V3Envelope.ok(ctx, Map.of());
  }
}
