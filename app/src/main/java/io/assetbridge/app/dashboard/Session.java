package io.assetbridge.app.dashboard;

import io.assetbridge.spi.Secret;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's session cookie: an HMAC of a fixed label keyed by the admin token, so it proves
 * the token was given without containing it, and stops working when the token changes. HttpOnly and
 * SameSite=Strict, so scripts cannot read it and other sites cannot post with it.
 */
final class Session {
  static final String COOKIE = "assetbridge_session";
  private final Secret token;
  private final String expected;

  Session(Secret token) {
    this.token = token == null || token.reveal().isBlank() ? null : token;
    this.expected = this.token == null ? null : mac(this.token.reveal());
  }

  boolean configured() {
    return token != null;
  }

  /** True when the typed token is the admin token; compared in constant time. */
  boolean isToken(String typed) {
    return expected != null && typed != null && same(expected, mac(typed));
  }

  boolean signedIn(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    return expected != null && cookie != null && same(expected, cookie);
  }

  void start(Context ctx) {
    Cookie cookie =
        new Cookie(COOKIE, expected, "/", -1, false, 0, true, null, null, SameSite.STRICT);
    ctx.cookie(cookie);
  }

  void end(Context ctx) {
    ctx.removeCookie(COOKIE, "/");
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

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
