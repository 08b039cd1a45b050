package io.assetbridge.emulator.photoshelter.auth;

import java.time.Instant;

/**
 * A login session.
 *
 * @param orgId the organisation entered with org authenticate, {@code null} before that
 */
public record Session(String token, String userId, String orgId, Instant lastUsed) {

  public Session touchedAt(Instant at) {
    return new Session(token, userId, orgId, at);
  }

  public Session inOrg(String value) {
    return new Session(token, userId, value, lastUsed);
  }
}
