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
 * token>} is answered 401 and goes no further. With no token configured the API is off. Wrong
 * tokens count against the caller's address ({@link SignInThrottle}); too many answer 429.
 */
public final class BearerAuth implements Handler {
  private static final String PREFIX = "Bearer ";
  private final byte[] expected;
  private final SignInThrottle throttle;

  public BearerAuth(Secret token, SignInThrottle throttle) {
    this.expected = token == null || token.reveal().isBlank() ? null : digest(token.reveal());
    this.throttle = throttle;
  }

  @Override
  public void handle(Context ctx) {
    if (expected == null) {
      refuse(ctx, 401, "the admin API is off: set server.adminToken in the config");
      return;
    }
    var wait = throttle.refusedFor(ctx.ip());
    if (wait.isPresent()) {
      ctx.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
      refuse(ctx, 429, "too many wrong admin tokens from this address; try again later");
      return;
    }
    String header = ctx.header("Authorization");
    if (matches(header)) {
      throttle.succeeded(ctx.ip());
      return;
    }
    if (header != null) {
      throttle.failed(ctx.ip()); // a guess; a request with no token at all is not
    }
    ctx.header("WWW-Authenticate", "Bearer realm=\"assetbridge\"");
    refuse(ctx, 401, "send the admin token as 'Authorization: Bearer <token>'");
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

  private static void refuse(Context ctx, int status, String reason) {
    ctx.status(status).json(Map.of("error", reason));
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
