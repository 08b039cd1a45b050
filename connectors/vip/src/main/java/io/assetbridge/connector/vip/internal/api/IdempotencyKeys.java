package io.assetbridge.connector.vip.internal.api;

import io.assetbridge.spi.PermanentException;

/** Checks an {@code Idempotency-Key} against §4: 1–255 visible ASCII characters. */
public final class IdempotencyKeys {
  private IdempotencyKeys() {}

  public static String checked(String key) {
    if (key == null || key.isEmpty() || key.length() > 255) {
      throw new PermanentException(
          "an Idempotency-Key must be 1-255 characters, not " + (key == null ? 0 : key.length()));
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new PermanentException(
            "an Idempotency-Key takes visible ASCII only; character " + (i + 1) + " is not");
      }
    }
    return key;
  }
}
