package io.assetbridge.app.admin;

import io.assetbridge.spi.Secret;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Runs before every {@code /api} route: a request without {@code Authorization: Bearer <admin
 * token>} is answered 401 and goes no further. With no token configured the API is off.
 */
public final class BearerAuth implements Handler {
  private static final String PREFIX = "Bearer ";
  private final byte[] expected;

  public BearerAuth(Secret token) {
    this.expected = token == null || token.reveal().isBlank() ? null : digest(token.reveal());
  }

  @Override
  public void handle(Context ctx) {
    if (expected == null) {
      refuse(ctx, "the admin API is off: set server.adminToken in the config");
    } else if (!matches(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"assetbridge\"");
      refuse(ctx, "send the admin token as 'Authorization: Bearer <token>'");
    }
  }

  /** True when {@code header} carries the configured token; never leaks it through timing. */
  boolean matches(String header) {
    if (expected == null || header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    return isToken(header.substring(PREFIX.length()).strip());
  }

  /** Compares digests, so neither the token's bytes nor its length show in the time taken. */
  public boolean isToken(String candidate) {
    return expected != null && MessageDigest.isEqual(expected, digest(candidate));
  }

  private static void refuse(Context ctx, String reason) {
    ctx.status(401).json(Map.of("error", reason));
    ctx.skipRemainingHandlers();
  }

  static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
