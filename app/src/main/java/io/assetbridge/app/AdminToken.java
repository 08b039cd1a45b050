package io.assetbridge.app;

import java.security.SecureRandom;
import java.util.Base64;

/** A fresh admin token for a demo session: 24 random bytes, URL-safe Base64. */
final class AdminToken {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminToken() {}

  static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
