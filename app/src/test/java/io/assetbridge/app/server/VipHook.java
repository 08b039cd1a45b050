package io.assetbridge.app.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends VIP-style webhooks (§10 of vip.md) to a server over real HTTP, as the platform would. */
final class VipHook {
  static final String SECRET = "vip-hook-secret";

  /** The contract's test vector: this body at this timestamp, signed with {@link #SECRET}. */
  static final long VECTOR_TIMESTAMP = 1741003512L;

  static final String VECTOR_BODY =
      "{\"id\":\"evt_00000000000000000042\",\"type\":\"submission.received\","
          + "\"occurredAt\":\"2025-03-03T12:05:12.000Z\",\"data\":{\"submissionId\":\"sub_9\","
          + "\"contributor\":{\"id\":\"ctb_4\",\"name\":\"Nordlicht Agency\"},\"fileCount\":1,"
          + "\"receivedAt\":\"2025-03-03T12:05:12.000Z\"}}";

  static final String VECTOR_SIGNATURE =
      "v1=fd1a7c13889bf3a71f6df0ece232e000af464481b7534e59d442b197144cec76";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;

  VipHook(String url) {
    this.url = url;
  }

  static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String body, long timestamp, String signature) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("VIP-Event-Id", "evt_test")
            .header("VIP-Timestamp", String.valueOf(timestamp))
            .header("VIP-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> postSigned(String body, long timestamp) {
    return post(body, timestamp, sign(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)));
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
