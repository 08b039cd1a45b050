package io.assetbridge.emulator.photoshelter.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Issued session tokens with idle expiry. Thread-safe. */
public final class Sessions {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.";
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();

  public Session issue(String userId, Instant at) {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    Session session = new Session(token.toString(), userId, null, at);
    byToken.put(session.token(), session);
    return session;
  }

  /** The live session of {@code token}, touched; empty when unknown or idle too long. */
  public Optional<Session> use(String token, Instant at, Duration idle) {
    Session updated =
        byToken.computeIfPresent(
            token, (t, s) -> s.lastUsed().plus(idle).isBefore(at) ? null : s.touchedAt(at));
    return Optional.ofNullable(updated);
  }

  public void enterOrg(String token, String orgId) {
    byToken.computeIfPresent(token, (t, s) -> s.inOrg(orgId));
  }

  public void end(String token) {
    byToken.remove(token);
  }

  /** Every issued token now gets the session error. */
  public void expireAll() {
    byToken.clear();
  }
}
