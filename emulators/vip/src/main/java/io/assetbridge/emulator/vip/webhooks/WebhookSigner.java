package io.assetbridge.emulator.vip.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** §10: lower-case hex HMAC-SHA256 over the ASCII timestamp, a dot, and the raw body bytes. */
public final class WebhookSigner {
  private WebhookSigner() {}

  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The {@code VIP-Signature} value: one {@code v1=} per secret. */
  public static String header(List<String> secrets, String timestamp, byte[] body) {
    return secrets.stream()
        .map(secret -> "v1=" + sign(secret, timestamp, body))
        .collect(Collectors.joining(","));
  }
}
