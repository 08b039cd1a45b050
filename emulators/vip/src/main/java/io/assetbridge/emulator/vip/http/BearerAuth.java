package io.assetbridge.emulator.vip.http;

import java.util.Locale;
import java.util.function.Predicate;

/** §1: {@code Authorization: Bearer <token>}; missing or unknown → 401 with WWW-Authenticate. */
public final class BearerAuth {
  private BearerAuth() {}

  public static void check(String header, Predicate<String> accepted) {
    String token = null;
    if (header != null && header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      token = header.substring("bearer ".length()).trim();
    }
    if (token == null || token.isEmpty() || !accepted.test(token)) {
      String detail =
          token == null ? "send Authorization: Bearer <token>" : "the token is unknown or revoked";
      throw new Problem(ProblemType.UNAUTHORIZED, detail).header("WWW-Authenticate", "Bearer");
    }
  }
}
