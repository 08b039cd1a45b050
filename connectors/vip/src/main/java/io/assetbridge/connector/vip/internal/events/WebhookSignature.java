package io.assetbridge.connector.vip.internal.events;

import io.assetbridge.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * §10's {@code v1} signature: lower-case hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, of
 * the ASCII timestamp, a dot and the raw body bytes.
 */
public final class WebhookSignature {
  private WebhookSignature() {}

  public static String v1(Secret secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}
