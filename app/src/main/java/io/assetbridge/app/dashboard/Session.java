package io.assetbridge.app.dashboard;

import io.assetbridge.spi.Secret;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Dashboard sessions. Signing in with the admin token opens a session in the store, shared by every
 * node; the cookie carries only a random id (the store keeps its hash). A session ends when it is
 * {@link #LIFETIME} old, when its user signs out, or when the admin token changes. The cookie is
 * HttpOnly and SameSite=Strict, so scripts cannot read it and other sites cannot post with it.
 */
final class Session {
  static final String COOKIE = "assetbridge_session";
  static final Duration LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Store store;
  private final String keyMark;

  Session(Secret token, Store store) {
    this.store = store;
    this.keyMark = token == null || token.reveal().isBlank() ? null : mac(token.reveal());
  }

  boolean configured() {
    return keyMark != null;
  }

  /** True when the typed token is the admin token; compared in constant time. */
  boolean isToken(String typed) {
    return keyMark != null
        && typed != null
        && MessageDigest.isEqual(
            keyMark.getBytes(StandardCharsets.UTF_8), mac(typed).getBytes(StandardCharsets.UTF_8));
  }

  boolean signedIn(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (keyMark == null || id == null || id.length() != 43) {
      return false;
    }
    return store.inTransaction(tx -> tx.dashboardSessions().isOpen(sha256(id), keyMark));
  }

  void start(Context ctx) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    store.run(tx -> tx.dashboardSessions().open(sha256(id), keyMark, LIFETIME));
    int maxAge = (int) LIFETIME.toSeconds();
    ctx.cookie(new Cookie(COOKIE, id, "/", maxAge, false, 0, true, null, null, SameSite.STRICT));
  }

  /** Ends the session in the store, so a copy of the cookie stops working too. */
  void end(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id != null) {
      store.run(tx -> tx.dashboardSessions().close(sha256(id)));
    }
    ctx.removeCookie(COOKIE, "/");
  }

  private static String sha256(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Marks which token opened a session without storing anything that reveals it. */
  private static String mac(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              mac.doFinal("assetbridge dashboard session v1".getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
