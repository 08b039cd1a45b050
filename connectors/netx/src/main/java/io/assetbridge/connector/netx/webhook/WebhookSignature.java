package io.assetbridge.connector.netx.webhook;

import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-NetX-Signature: sha256=<hex HMAC-SHA256 of the raw body>} (netx.md §9). */
public final class WebhookSignature {
  private final Secret secret;

  public WebhookSignature(Secret secret) {
    this.secret = secret;
  }

  public void verify(WebhookRequest request) {
    if (secret == null) {
      throw new PermanentException(
          "netx webhook refused: set the connection's 'webhookSecret' to the webhook's secret");
    }
    String header = request.header("X-NetX-Signature");
    if (header == null) {
      throw new PermanentException("netx webhook refused: no X-NetX-Signature header");
    }
    byte[] expected = ("sha256=" + hex(request.body())).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new PermanentException(
          "netx webhook refused: the signature does not match; check 'webhookSecret'");
    }
  }

  String hex(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
